package org.frontlineatlas.reading;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.frontlineatlas.events.DateRange;
import org.frontlineatlas.events.DayCount;
import org.frontlineatlas.events.EventQuery;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.EventWindowQueries;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.events.PublishedEventScan;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Answers the public read API's window queries (how many, which, per grid cell, per day, over what
 * span) from the {@link PublishedEventIndex} once it is loaded, and from the database until then or
 * for queries the index does not hold (statuses other than published). The Spring app loads and keeps
 * the index ({@link PublishedIndexKeeper}); code outside Spring never does, and asks the database.
 */
public class WindowReader {

    private final EventWindowQueries events;
    private final PublishedEventIndex published;

    public WindowReader(JdbcClient jdbc) {
        this.events = new EventWindowQueries(jdbc);
        this.published = new PublishedEventIndex(new PublishedEventScan(jdbc));
    }

    /** For code outside Spring (the CLI, tests). */
    public static WindowReader on(DataSource dataSource) {
        return new WindowReader(JdbcClient.create(dataSource));
    }

    /** The published events in memory: the queries below use it once it is loaded. */
    public PublishedEventIndex publishedIndex() {
        return published;
    }

    /** How many events match the query, however many that is (its limit does not apply). */
    public long count(EventQuery query) {
        return fromIndex(query) ? published.count(query) : events.countInWindow(query);
    }

    /** The query's events in full, from the database (the CSV export). */
    public List<GeoEvent> find(EventQuery query) {
        return events.findInWindow(query);
    }

    /** The published events of the query in (date, id) order, at most its limit: what the window API lists. */
    public List<PublishedEventIndex.Entry> findPublished(EventQuery query) {
        if (!query.statuses().equals(EnumSet.of(EventStatus.PUBLISHED))) {
            throw new IllegalArgumentException("only published events are listed this way");
        }
        if (published.ready()) {
            return published.find(query);
        }
        return events.findInWindow(query).stream()
                .map(e -> new PublishedEventIndex.Entry(
                        e.id(), e.version(), e.date(), e.dateEnd(), e.latitude(), e.longitude(), e.type()))
                .toList();
    }

    /** The query's events counted per grid cell, for maps of windows too big to draw event by event. */
    public EventGrid grid(GridQuery query) {
        EventGrid.Builder grid = new EventGrid.Builder(query.cellDegrees());
        if (fromIndex(query.window())) {
            published.scanPoints(query.window(), grid);
        } else {
            events.scanWindow(query.window(), grid);
        }
        return grid.build();
    }

    /** The span of published events, for the time slider; empty when nothing is published. */
    public Optional<DateRange> publishedRange() {
        return published.ready() ? published.range() : events.dateRange(EventStatus.PUBLISHED);
    }

    public List<DayCount> countPerDay(EventQuery query) {
        return fromIndex(query) ? published.countPerDay(query) : events.countPerDay(query);
    }

    private boolean fromIndex(EventQuery query) {
        return published.ready() && query.statuses().equals(EnumSet.of(EventStatus.PUBLISHED));
    }
}
