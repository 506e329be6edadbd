package org.frontlineatlas.events;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The read side of geo_event that answers windows of days (list, count, points for the grid, per-day
 * counts, the overall span): what the map and the public API ask. Editing and ingest write through
 * {@link EventRepository}.
 */
public class EventWindowQueries {

    private final JdbcClient jdbc;
    /** Whether geo_event has PostGIS's geom column (PostgreSQL); asked once, on first need. */
    private volatile Boolean geometry;

    public EventWindowQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Events whose date range overlaps [from, to]. Ranges span at most {@link GeoEvent#MAX_SPAN_DAYS},
     * so the start date is bounded on both sides and the (status, event_date, event_date_end, ...)
     * index serves it; the end date is checked in the index too, before any row is read.
     */
    public List<GeoEvent> findInWindow(EventQuery q) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql(windowSql(q, params))
                .params(params)
                .query(EventRows.ROW)
                .list();
    }

    /** The window query's SQL (for {@link #findInWindow}, and for tests that read its plan); fills {@code params}. */
    String windowSql(EventQuery q, Map<String, Object> params) {
        String sql = "SELECT " + EventRows.COLUMNS + " FROM geo_event" + where(q, params)
                + " ORDER BY event_date, id FETCH FIRST :limit ROWS ONLY";
        params.put("limit", q.limit());
        return sql;
    }

    /** How many events the window holds (ignoring its limit); answered from the index alone. */
    public long countInWindow(EventQuery q) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql("SELECT COUNT(*) FROM geo_event" + where(q, params))
                .params(params)
                .query(Long.class)
                .single();
    }

    /** Receives one event's position, type and dates from {@link #scanWindow}. */
    @FunctionalInterface
    public interface PointSink {
        void accept(double latitude, double longitude, EventType type, LocalDate date, LocalDate dateEnd);
    }

    /**
     * Streams the position, type and dates of every event in the window (no limit), read from the
     * covering window index alone. Aggregating these in Java is several times faster than H2's
     * GROUP BY on computed cells, and reading in chunks of {@value #SCAN_CHUNK_DAYS} days keeps H2
     * from buffering a huge result (it spools big results to a temporary file).
     */
    public void scanWindow(EventQuery q, PointSink sink) {
        LocalDate earliest = q.from().minusDays(GeoEvent.MAX_SPAN_DAYS);
        for (LocalDate chunk = earliest; !chunk.isAfter(q.to()); chunk = chunk.plusDays(SCAN_CHUNK_DAYS)) {
            LocalDate chunkEnd = chunk.plusDays(SCAN_CHUNK_DAYS - 1);
            Map<String, Object> params = new LinkedHashMap<>();
            String where = where(q, params);
            params.put("earliestStart", chunk);
            params.put("to", chunkEnd.isAfter(q.to()) ? q.to() : chunkEnd);
            jdbc.sql("SELECT latitude, longitude, event_type, event_date, event_date_end FROM geo_event" + where)
                    .params(params)
                    .query(rs -> {
                        sink.accept(
                                rs.getDouble(1),
                                rs.getDouble(2),
                                EventRows.type(rs.getString(3)),
                                rs.getObject(4, LocalDate.class),
                                rs.getObject(5, LocalDate.class));
                    });
        }
    }

    static final int SCAN_CHUNK_DAYS = 31;

    /**
     * First start and last end of the events with this status. Three short index reads rather than
     * MIN/MAX over the status, which H2 answers by scanning every event of it (92,000 rows, tens of
     * ms at 100,000 events): the first and last start come from the ends of the window index (an ORDER BY
     * matching it, so H2 reads one entry), and the last end lies within {@value GeoEvent#MAX_SPAN_DAYS}
     * days after the last start.
     */
    public Optional<DateRange> dateRange(EventStatus status) {
        Optional<LocalDate> first = edgeStart(status, "ORDER BY status, event_date");
        if (first.isEmpty()) {
            return Optional.empty();
        }
        LocalDate lastStart =
                edgeStart(status, "ORDER BY status DESC, event_date DESC").orElseThrow();
        LocalDate last = jdbc.sql("SELECT MAX(event_date_end) FROM geo_event WHERE status = :status"
                        + " AND event_date BETWEEN :from AND :to")
                .param("status", status.name())
                .param("from", lastStart.minusDays(GeoEvent.MAX_SPAN_DAYS))
                .param("to", lastStart)
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .single();
        return Optional.of(new DateRange(first.get(), last));
    }

    private Optional<LocalDate> edgeStart(EventStatus status, String order) {
        return jdbc.sql("SELECT event_date FROM geo_event WHERE status = :status " + order + " FETCH FIRST 1 ROW ONLY")
                .param("status", status.name())
                .query((rs, n) -> rs.getObject(1, LocalDate.class))
                .optional();
    }

    /** Events per start day (for the slider's histogram), in date order. */
    public List<DayCount> countPerDay(EventQuery q) {
        StringBuilder sql = new StringBuilder(
                "SELECT event_date, COUNT(*) FROM geo_event WHERE status IN (:statuses) AND event_date BETWEEN :from AND :to");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("statuses", q.statuses().stream().map(Enum::name).toList());
        params.put("from", q.from());
        params.put("to", q.to());
        if (q.types().size() < EventType.values().length) {
            sql.append(" AND event_type IN (:types)");
            params.put("types", q.types().stream().map(EventType::code).toList());
        }
        sql.append(" GROUP BY event_date ORDER BY event_date");
        return jdbc.sql(sql.toString())
                .params(params)
                .query((rs, n) -> new DayCount(rs.getObject(1, LocalDate.class), rs.getInt(2)))
                .list();
    }

    /** The WHERE clause shared by the window, count and grid queries; fills {@code params}. */
    private String where(EventQuery q, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" WHERE status IN (:statuses)"
                + " AND event_date BETWEEN :earliestStart AND :to AND event_date_end >= :from");
        params.put("statuses", q.statuses().stream().map(Enum::name).toList());
        params.put("earliestStart", q.from().minusDays(GeoEvent.MAX_SPAN_DAYS));
        params.put("from", q.from());
        params.put("to", q.to());
        if (q.bbox() != null) {
            // PostgreSQL: the GiST index on geom answers the box; H2: the window index's lat/lon columns.
            sql.append(
                    hasGeometry()
                            ? " AND geom && ST_MakeEnvelope(:west, :south, :east, :north, 4326)"
                            : " AND latitude BETWEEN :south AND :north AND longitude BETWEEN :west AND :east");
            params.put("south", q.bbox().south());
            params.put("north", q.bbox().north());
            params.put("west", q.bbox().west());
            params.put("east", q.bbox().east());
        }
        if (q.types().size() < EventType.values().length) {
            sql.append(" AND event_type IN (:types)");
            params.put("types", q.types().stream().map(EventType::code).toList());
        }
        return sql.toString();
    }

    private boolean hasGeometry() {
        Boolean known = geometry;
        if (known == null) {
            // Portable across H2 (upper-case names) and PostgreSQL (lower-case): the schema says which.
            known = jdbc.sql("SELECT COUNT(*) FROM information_schema.columns WHERE LOWER(table_name) = 'geo_event'"
                                    + " AND LOWER(column_name) = 'geom' AND table_schema = CURRENT_SCHEMA")
                            .query(Long.class)
                            .single()
                    > 0;
            geometry = known;
        }
        return known;
    }
}
