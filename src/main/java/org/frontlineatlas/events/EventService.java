package org.frontlineatlas.events;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Queries and stores geo-events; every write is one transaction and leaves an audit row. */
public class EventService {

    private final EventRepository events;
    private final ArticleRepository articles;
    private final EventAuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;

    public EventService(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.events = new EventRepository(jdbc);
        this.articles = new ArticleRepository(jdbc);
        this.audit = new EventAuditLog(jdbc);
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** For code outside Spring (the CLI, benchmarks). */
    public static EventService on(DataSource dataSource) {
        return new EventService(JdbcClient.create(dataSource), new DataSourceTransactionManager(dataSource),
                Clock.systemUTC());
    }

    public List<GeoEvent> find(EventQuery query) {
        return events.findInWindow(query);
    }

    /** How many events match the query, however many that is (its limit does not apply). */
    public long count(EventQuery query) {
        return events.countInWindow(query);
    }

    /** The query's events counted per grid cell, for maps of windows too big to draw event by event. */
    public EventGrid grid(GridQuery query) {
        EventGrid.Builder grid = new EventGrid.Builder(query.cellDegrees());
        events.scanWindow(query.window(), grid);
        return grid.build();
    }

    /** The span of published events, for the time slider; empty when nothing is published. */
    public Optional<DateRange> publishedRange() {
        return events.dateRange(EventStatus.PUBLISHED);
    }

    public List<DayCount> countPerDay(EventQuery query) {
        return events.countPerDay(query);
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
            audit.record(id, "create", null, stored, user, now);
            return stored;
        });
    }

    /** Stores many new events in one transaction (demo data, imports). */
    public int createAll(List<GeoEvent> drafts, String user) {
        return tx.execute(status -> {
            var now = clock.instant();
            for (GeoEvent draft : drafts) {
                long id = events.insert(draft, user, now);
                audit.record(id, "create", null, draft, user, now);
            }
            return drafts.size();
        });
    }

    /**
     * Stores an article and the events found in it, all or nothing. The same text again adds nothing.
     * An event at the same place, date and type as a stored one (not rejected) becomes another source
     * of that event instead of a second marker.
     */
    public IngestResult ingest(NewArticle article, List<SourcedEvent> found, String user) {
        return tx.execute(status -> {
            Optional<Long> existing = articles.findIdBySha256(article.sha256());
            if (existing.isPresent()) {
                return new IngestResult(existing.get(), true, 0, 0);
            }
            var now = clock.instant();
            long articleId = articles.insert(article, user, now);
            Map<String, Long> stored = events.findSameAll(found.stream().map(SourcedEvent::event).toList());
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
                    eventId = events.insert(item.event(), user, now);
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
        });
    }

    public long articleCount() {
        return articles.count();
    }
}
