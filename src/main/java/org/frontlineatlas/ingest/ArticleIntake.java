package org.frontlineatlas.ingest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.frontlineatlas.editing.EventEditing;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.extraction.ArticleText;
import org.frontlineatlas.extraction.Geoparser;
import org.frontlineatlas.extraction.InvalidArticleException;
import org.frontlineatlas.gazetteer.PlaceMention;
import org.frontlineatlas.input.Utf8Text;
import org.frontlineatlas.security.EditorsOnly;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An editor's ingest (the editor page and POST /api/articles): checks the file, runs the pipeline
 * on behalf of the signed-in editor, and returns what the editor reviews next: the cleaned text with
 * its place mentions and the events now stored for the article.
 */
@Service
public class ArticleIntake {

    public static final List<String> FILE_TYPES = List.of(".txt", ".md", ".html", ".htm");

    private final EventService events;
    private final EventEditing editing;
    private volatile ArticleIngestor ingestor;

    private final TransactionTemplate tx;

    public ArticleIntake(EventService events, EventEditing editing, PlatformTransactionManager transactions) {
        this.events = events;
        this.editing = editing;
        this.tx = new TransactionTemplate(transactions);
    }

    /** What an ingest found, for review. {@code duplicate}: the same text was stored before. */
    public record Review(
            long articleId,
            boolean duplicate,
            ArticleText article,
            List<PlaceMention> mentions,
            List<GeoEvent> events) {}

    /** Checks the name of an uploaded file before reading it. */
    public static void checkFileName(String name) {
        String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
        if (FILE_TYPES.stream().noneMatch(lower::endsWith)) {
            throw new InvalidArticleException(
                    (name == null ? "the file" : name) + ": only .txt, .md and .html articles can be ingested");
        }
    }

    /**
     * Ingests one article as PROPOSED (for review) or PUBLISHED. Nothing is stored when the article
     * is refused ({@link InvalidArticleException}, with a one-line message).
     */
    @EditorsOnly
    public Review ingest(ArticleSubmission submission, EventStatus status) {
        Review review = store(submission, status);
        announce(List.of(review));
        return review;
    }

    /**
     * The article already stored from this link (a page fetched before), as a duplicate to review
     * again: fetching the same article twice stores it once.
     */
    @EditorsOnly
    public Optional<Review> storedAt(String sourceUrl) {
        return events.articleAt(sourceUrl).map(a -> {
            ArticleText text = ArticleText.parse(a.body(), "stored.txt");
            return new Review(
                    a.id(), true, text, Geoparser.shared().tagger().tag(text.text()), events.eventsOfArticle(a.id()));
        });
    }

    /**
     * Several articles in one transaction (the write API): one refused article and none is stored.
     * The editor page instead ingests file by file, so one bad file does not hold up the others.
     */
    @EditorsOnly
    public List<Review> ingestAll(List<ArticleSubmission> submissions, EventStatus status) {
        if (submissions.isEmpty()) {
            throw new InvalidArticleException("no article given");
        }
        List<Review> done =
                tx.execute(t -> submissions.stream().map(s -> store(s, status)).toList());
        announce(done); // after the commit: told earlier, caches and the index would re-read the old state
        return done;
    }

    private Review store(ArticleSubmission submission, EventStatus status) {
        String user = editing.signedInEditor();
        if (submission.raw() == null) {
            throw new InvalidArticleException("the article is empty");
        }
        Utf8Text.checkSize(
                submission.raw().getBytes(StandardCharsets.UTF_8).length,
                submission.name() == null ? "the article" : submission.name());
        ArticleIngestor.Outcome outcome = ingestor().ingest(submission, status, user);
        List<GeoEvent> stored = events.eventsOfArticle(outcome.stored().articleId());
        // The places as extraction tagged them: tagging the text a second time here doubled an upload's CPU.
        return new Review(
                outcome.stored().articleId(),
                outcome.stored().duplicate(),
                outcome.article(),
                outcome.places(),
                stored);
    }

    /** Tells maps and caches the days the new articles' events lie on (not "everything": that re-reads all). */
    private void announce(List<Review> reviews) {
        List<GeoEvent> touched = reviews.stream()
                .filter(r -> !r.duplicate())
                .flatMap(r -> r.events().stream())
                .toList();
        if (!touched.isEmpty()) {
            editing.announce(
                    touched.stream()
                            .map(GeoEvent::date)
                            .min(java.time.LocalDate::compareTo)
                            .orElseThrow(),
                    touched.stream()
                            .map(GeoEvent::dateEnd)
                            .max(java.time.LocalDate::compareTo)
                            .orElseThrow(),
                    "ingest");
        }
    }

    // The gazetteer takes a few seconds to load; the pipeline is built on first use and shared.
    private ArticleIngestor ingestor() {
        if (ingestor == null) {
            ingestor = new ArticleIngestor(Geoparser.shared().extractor(), events);
        }
        return ingestor;
    }
}
