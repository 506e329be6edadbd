package org.frontlineatlas.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queries and stores geo-events; every write is one transaction and leaves an audit row. Writes are
 * not announced here: the caller tells {@link EventChangeBroadcaster} once they are committed
 * (EventEditing and the demo loader do), and that is how the running app's in-memory index of
 * published events, its shared answers and open maps learn of them. The public window reads
 * (counts, grid, days, the published span) are reading.WindowReader's, which keeps that index.
 */
public class EventService {

    /** Each retry follows a commit by a racing ingest, so a handful is plenty; then the error shows. */
    private static final int INGEST_ATTEMPTS = 5;

    private final EventRepository events;
    private final EventWindowQueries windows;
    private final ArticleRepository articles;
    private final EventAuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    public EventService(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.events = new EventRepository(jdbc);
        this.windows = new EventWindowQueries(jdbc);
        this.articles = new ArticleRepository(jdbc);
        this.audit = new EventAuditLog(jdbc);
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** For code outside Spring (the CLI, benchmarks). */
    public static EventService on(DataSource dataSource) {
        return new EventService(
                JdbcClient.create(dataSource), new DataSourceTransactionManager(dataSource), Clock.systemUTC());
    }

    public List<GeoEvent> find(EventQuery query) {
        return windows.findInWindow(query);
    }

    /** Events by id (any status; those deleted meanwhile are left out). */
    public List<GeoEvent> getAll(java.util.Collection<Long> ids) {
        return events.findByIds(ids);
    }

    /** The articles that report an event, with the quoted sentences. */
    public List<EventSource> sourcesOf(long eventId) {
        return articles.sourcesOf(eventId);
    }

    public Optional<GeoEvent> get(long id) {
        return events.findById(id);
    }

    public long count() {
        return events.count();
    }

    /** Stores a new event and returns it as stored. */
    public GeoEvent create(GeoEvent draft, String user) {
        return tx.execute(status -> {
            var now = clock.instant();
            long id = events.insert(draft, user, now);
            GeoEvent stored = events.findById(id).orElseThrow();
            audit.record(id, AuditAction.CREATE, null, stored, user, now);
            return stored;
        });
    }

    /**
     * Stores many new events in one transaction (demo data, imports); their audit rows go in as
     * multi-row inserts, not one statement each (the demo data is loaded on the first start's path).
     */
    public int createAll(List<GeoEvent> drafts, String user) {
        return tx.execute(status -> {
            var now = clock.instant();
            List<Long> ids = new ArrayList<>(drafts.size());
            for (GeoEvent draft : drafts) {
                ids.add(events.insert(draft, user, now));
            }
            audit.recordCreated(ids, drafts, user, now);
            return drafts.size();
        });
    }

    /**
     * Stores an article and the events found in it, all or nothing. The same text again adds nothing.
     * An event at the same place, date and type as a stored one (not rejected) becomes another source
     * of that event instead of a second marker.
     * <p>
     * Articles ingested at the same moment (threads, instances) may both find no such event and both
     * insert it; the database lets one through (same_key, or the article's body_sha256 for the same
     * text twice) and the other's transaction is rolled back and run again, when it finds what the
     * first stored and merges into it, as if it had come second. (A deadlock between two such
     * ingests, or H2's lock timeout while the other is still writing, is retried the same way.)
     */
    public IngestResult ingest(NewArticle article, List<SourcedEvent> found, String user) {
        for (int attempt = 1; ; attempt++) {
            try {
                return ingestOnce(article, found, user);
            } catch (DuplicateKeyException | ConcurrencyFailureException | QueryTimeoutException raced) {
                // Concurrency: a deadlock between two ingests. Query timeout: H2 waits for the other
                // transaction's row only up to its lock timeout (about 2 s), then gives up here.
                if (attempt == INGEST_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }

    /** An article and the events found in it, one item of {@link #ingestAll}. */
    public record Found(NewArticle article, List<SourcedEvent> events) {}

    /**
     * {@link #ingest} for many articles, in order, in one transaction: an import commits once per
     * batch instead of once per article (each H2 commit writes the changed pages to the file, which
     * was most of an import's time). All or nothing, without {@link #ingest}'s retries: a caller whose
     * batch fails stores its articles again one by one, which retries and tells which one failed.
     */
    public List<IngestResult> ingestAll(List<Found> batch, String user) {
        return tx.execute(status -> {
            List<IngestResult> results = new ArrayList<>(batch.size());
            for (Found item : batch) {
                results.add(store(item.article(), item.events(), user, clock.instant()));
            }
            return results;
        });
    }

    private IngestResult ingestOnce(NewArticle article, List<SourcedEvent> found, String user) {
        return tx.execute(status -> store(article, found, user, clock.instant()));
    }

    /** The body of an ingest, inside the caller's transaction. */
    private IngestResult store(NewArticle article, List<SourcedEvent> found, String user, Instant now) {
        Optional<Long> existing = articles.findIdBySha256(article.sha256());
        if (existing.isPresent()) {
            return new IngestResult(existing.get(), true, 0, 0);
        }
        long articleId = articles.insert(article, user, now);
        Map<String, Long> stored =
                events.findSameAll(found.stream().map(SourcedEvent::event).toList());
        List<Long> newIds = new ArrayList<>();
        List<GeoEvent> newEvents = new ArrayList<>();
        List<Long> sourceEventIds = new ArrayList<>();
        List<SourcedEvent.Quote> quotes = new ArrayList<>();
        int merged = 0;
        for (SourcedEvent item : found) {
            String identity = EventRepository.identity(item.event());
            Long eventId = stored.get(identity);
            if (eventId != null) {
                merged++;
            } else {
                eventId = events.insertFound(item.event(), user, now);
                stored.put(identity, eventId); // the same event twice in one article is one event
                newIds.add(eventId);
                newEvents.add(item.event());
            }
            for (SourcedEvent.Quote quote : item.quotes()) {
                sourceEventIds.add(eventId);
                quotes.add(quote);
            }
        }
        audit.recordCreated(newIds, newEvents, user, now);
        articles.addSources(articleId, sourceEventIds, quotes);
        int created = newIds.size();
        return new IngestResult(articleId, false, created, merged);
    }

    /**
     * Saves an edited event. {@code changed.version()} is the version the editor started from; when
     * the stored one has moved on, nothing is written and {@link EditConflictException} says so.
     */
    public GeoEvent update(GeoEvent changed, String user) {
        return write(changed, AuditAction.UPDATE, user);
    }

    /** PUBLISHED or REJECTED (or back to PROPOSED), audited as publish / reject / propose. */
    public GeoEvent setStatus(long id, int expectedVersion, EventStatus status, String user) {
        GeoEvent current = stored(id);
        return write(withVersion(current.withStatus(status), expectedVersion), AuditAction.forStatus(status), user);
    }

    /** Deletes an event; its history stays in event_audit (with the deleted state as "before"). */
    public void delete(long id, int expectedVersion, String user) {
        tx.executeWithoutResult(status -> {
            GeoEvent before = stored(id);
            articles.parkSources(id);
            if (!events.delete(id, expectedVersion)) {
                throw conflict(id);
            }
            audit.record(id, AuditAction.DELETE, before, null, user, clock.instant());
        });
    }

    /** An event's recorded changes, oldest first; also for deleted events. */
    public List<AuditEntry> history(long id) {
        return audit.history(id);
    }

    /**
     * Makes an earlier version current again: writes a new version whose content equals the event
     * as it stood after change {@code auditId}. A deleted event comes back under its old id.
     */
    public GeoEvent restore(long id, long auditId, String user) {
        AuditEntry entry = audit.find(auditId)
                .filter(a -> a.eventId() == id)
                .orElseThrow(() -> new IllegalArgumentException("event " + id + " has no recorded change " + auditId));
        GeoEvent old = entry.after() != null ? entry.after() : entry.before();
        return tx.execute(status -> {
            var now = clock.instant();
            Optional<GeoEvent> current = events.findById(id);
            if (current.isEmpty()) {
                events.insertWithId(id, old, user, now);
                articles.unparkSources(id);
                GeoEvent back = events.findById(id).orElseThrow();
                audit.record(id, AuditAction.RESTORE, null, back, user, now);
                return back;
            }
            GeoEvent target = old.asVersionOf(current.get());
            if (!events.update(target, user, now)) {
                throw conflict(id);
            }
            GeoEvent after = events.findById(id).orElseThrow();
            audit.record(id, AuditAction.RESTORE, current.get(), after, user, now);
            return after;
        });
    }

    /** The article stored from this source link, if any: a page fetched again is the same article. */
    public Optional<StoredArticle> articleAt(String sourceUrl) {
        return sourceUrl == null ? Optional.empty() : articles.findBySourceUrl(sourceUrl);
    }

    /** The events an article reports, for the editor's review after an ingest. */
    public List<GeoEvent> eventsOfArticle(long articleId) {
        return events.findByArticle(articleId);
    }

    public List<GeoEvent> withStatus(EventStatus status, int limit) {
        return events.findByStatus(status, limit);
    }

    private GeoEvent write(GeoEvent changed, AuditAction action, String user) {
        if (changed.id() == null) {
            throw new IllegalArgumentException("only a stored event can be changed");
        }
        long id = changed.id();
        return tx.execute(status -> {
            GeoEvent before = stored(id);
            var now = clock.instant();
            if (!events.update(changed, user, now)) {
                throw conflict(id);
            }
            GeoEvent after = events.findById(id).orElseThrow();
            audit.record(id, action, before, after, user, now);
            return after;
        });
    }

    private GeoEvent stored(long id) {
        return events.findById(id)
                .orElseThrow(() -> new EditConflictException(
                        id, "This report was deleted by someone else in the meantime; nothing was saved."));
    }

    private static EditConflictException conflict(long id) {
        return new EditConflictException(
                id,
                "Someone else changed this report while you were editing it; "
                        + "nothing was saved. It has been reloaded: check it and make your change again.");
    }

    private static GeoEvent withVersion(GeoEvent e, int version) {
        return e.with(d -> d.version = version);
    }

    public long articleCount() {
        return articles.count();
    }
}
