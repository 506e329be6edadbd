package org.frontlineatlas.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.frontlineatlas.events.EventOrigin;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.events.IngestResult;
import org.frontlineatlas.events.NewArticle;
import org.frontlineatlas.events.SourcedEvent;
import org.frontlineatlas.extraction.ArticleText;
import org.frontlineatlas.extraction.EventExtractor;
import org.frontlineatlas.extraction.ExtractedEvent;
import org.frontlineatlas.extraction.InvalidArticleException;
import org.frontlineatlas.gazetteer.Place;
import org.frontlineatlas.gazetteer.PlaceMention;

/**
 * The pipeline in one call: clean the text, resolve its date, extract the events and store article
 * and events together. The command line's import and the editor's upload both go through here.
 */
public class ArticleIngestor {

    private final EventExtractor extractor;
    private final EventService events;

    public ArticleIngestor(EventExtractor extractor, EventService events) {
        this.extractor = extractor;
        this.events = events;
    }

    /** What an ingest stored, with the article as cleaned, the events as found and the places tagged in it. */
    public record Outcome(
            IngestResult stored,
            ArticleText article,
            LocalDate published,
            List<ExtractedEvent> found,
            List<PlaceMention> places) {}

    /** An article cleaned and its events found, ready to store: the CPU half of an ingest. */
    public record Prepared(
            NewArticle article,
            List<SourcedEvent> events,
            ArticleText text,
            LocalDate published,
            List<ExtractedEvent> found,
            List<PlaceMention> places) {}

    /**
     * Extracts the submission's events and stores them with the article.
     *
     * @throws InvalidArticleException for text that cannot be ingested (empty, no date) — nothing is stored
     */
    public Outcome ingest(ArticleSubmission submission, EventStatus status, String user) {
        return store(prepare(submission, status), user);
    }

    /** Cleans, dates and extracts; touches no database, so several articles can be prepared at once. */
    public Prepared prepare(ArticleSubmission submission, EventStatus status) {
        ArticleText article = ArticleText.parse(submission.raw(), submission.name());
        LocalDate published = article.effectivePublished(submission.publishedOn())
                .orElseThrow(() -> new InvalidArticleException(
                        "the article states no publication date; give one (--published YYYY-MM-DD)"));
        EventExtractor.Extraction extraction = extractor.extractWithPlaces(article, published);
        List<ExtractedEvent> found = extraction.events();
        String source =
                submission.publisher() != null && !submission.publisher().isBlank()
                        ? submission.publisher()
                        : article.title();
        List<SourcedEvent> sourced = found.stream()
                .map(e -> toStored(e, status, source, submission.sourceUrl()))
                .toList();
        // Offsets of quotes refer to the cleaned text, so that is what the article keeps as its body.
        NewArticle stored = new NewArticle(
                article.title(), submission.publisher(), submission.sourceUrl(), published, article.text());
        return new Prepared(stored, sourced, article, published, found, extraction.places());
    }

    /** Stores a prepared article and its events in one transaction. */
    public Outcome store(Prepared prepared, String user) {
        return new Outcome(
                events.ingest(prepared.article(), prepared.events(), user),
                prepared.text(),
                prepared.published(),
                prepared.found(),
                prepared.places());
    }

    /** Stores prepared articles in order, a batch per transaction ({@link EventService#ingestAll}). */
    public List<Outcome> storeAll(List<Prepared> batch, String user) {
        List<IngestResult> stored = events.ingestAll(
                batch.stream()
                        .map(p -> new EventService.Found(p.article(), p.events()))
                        .toList(),
                user);
        List<Outcome> outcomes = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            Prepared p = batch.get(i);
            outcomes.add(new Outcome(stored.get(i), p.text(), p.published(), p.found(), p.places()));
        }
        return outcomes;
    }

    private static SourcedEvent toStored(ExtractedEvent e, EventStatus status, String source, String url) {
        Place place = e.place();
        GeoEvent draft = GeoEvent.draft(
                e.date(),
                e.dateEnd(),
                e.precision(),
                place.name(),
                place.id(),
                place.latitude(),
                place.longitude(),
                e.geoPrecision(),
                e.type(),
                e.summary(),
                e.confidence(),
                status,
                EventOrigin.EXTRACTED,
                source,
                url);
        return new SourcedEvent(
                draft,
                e.sources().stream()
                        .map(q -> new SourcedEvent.Quote(q.quote(), q.start(), q.end(), q.evidence()))
                        .toList());
    }
}
