package org.frontlineatlas.ingest.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.ingest.ArticleIntake;
import org.frontlineatlas.security.EditorsOnly;
import org.springframework.stereotype.Service;

/**
 * An article by its address: fetched and read ({@link ArticleFetcher}), then handed to the same
 * extraction and review as pasted text ({@link ArticleIntake}). A page already stored under its
 * address, or under the canonical address it names, is not fetched or stored again; one whose text
 * was stored before (another address, same report) is the same article by its content hash.
 */
@Service
public class UrlIntake {

    private final ArticleIntake intake;
    private final ArticleFetcher fetcher;

    public UrlIntake(ArticleIntake intake, ArticleFetcher fetcher) {
        this.intake = intake;
        this.fetcher = fetcher;
    }

    /** Checked for the role before anything is fetched: nobody else can make the app open an address. */
    @EditorsOnly
    public ArticleIntake.Review ingest(String url, LocalDate published, String publisher, EventStatus status) {
        URI asked = CanonicalUrl.normalised(PageFetcher.address(url));
        Optional<ArticleIntake.Review> known = intake.storedAt(asked.toString());
        if (known.isPresent()) {
            return known.get();
        }
        WebArticle page = fetcher.fetch(asked);
        known = intake.storedAt(page.canonicalUrl().toString());
        return known.orElseGet(() -> intake.ingest(page.submission(published, publisher), status));
    }
}
