package org.frontlineatlas.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** Plain JDBC access to geo_event. Usable with or without Spring's context (the CLI needs none). */
public class EventRepository {

    private static final String COLUMNS = "id, event_date, event_date_end, date_precision, place_name, gazetteer_id, "
            + "latitude, longitude, geo_precision, event_type, summary, confidence, status, origin, source_name, "
            + "source_url, created_by, created_at, updated_by, updated_at, version";

    private final JdbcClient jdbc;
    /** Whether geo_event has PostGIS's geom column (PostgreSQL); asked once, on first need. */
    private volatile Boolean geometry;

    public EventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(GeoEvent e, String user, Instant at) {
        return insert(e, user, at, null);
    }

    /**
     * Inserts an event ingest found, claiming its place, first day and type ({@link #identity}, the
     * unique same_key; V7), so that an ingest running at the same moment cannot store a second one.
     *
     * @throws org.springframework.dao.DuplicateKeyException when a not rejected event of that identity
     *         was stored meanwhile (the caller merges into it instead)
     */
    public long insertFound(GeoEvent e, String user, Instant at) {
        return insert(e, user, at, e.status() == EventStatus.REJECTED ? null : identity(e));
    }

    private long insert(GeoEvent e, String user, Instant at, String sameKey) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO geo_event (event_date, event_date_end, date_precision, place_name, gazetteer_id,
                    latitude, longitude, geo_precision, event_type, summary, confidence, status, origin,
                    source_name, source_url, created_by, created_at, version, same_key)
                VALUES (:date, :end, :precision, :place, :gid, :lat, :lon, :geoPrecision, :type, :summary,
                    :confidence, :status, :origin, :sourceName, :sourceUrl, :user, :at, 0, :sameKey)
                """)
                .params(values(e))
                .param("user", user)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("sameKey", sameKey)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Re-inserts a deleted event under its old id (a restore); audit rows still point at that id. */
    public void insertWithId(long id, GeoEvent e, String user, Instant at) {
        jdbc.sql("""
                INSERT INTO geo_event (id, event_date, event_date_end, date_precision, place_name, gazetteer_id,
                    latitude, longitude, geo_precision, event_type, summary, confidence, status, origin,
                    source_name, source_url, created_by, created_at, version)
                VALUES (:id, :date, :end, :precision, :place, :gid, :lat, :lon, :geoPrecision, :type, :summary,
                    :confidence, :status, :origin, :sourceName, :sourceUrl, :user, :at, 0)
                """)
                .params(values(e))
                .param("id", id)
                .param("user", user)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .update();
    }

    /**
     * Updates when the stored version still is {@code e.version()}; returns false when someone else won.
     * An event rejected, or moved to another place, day or type, gives up its claim on the old identity
     * (same_key), so reports of that place, day and type start a new event as {@link #findSame} says.
     */
    public boolean update(GeoEvent e, String user, Instant at) {
        int rows = jdbc.sql("""
                UPDATE geo_event SET
                    same_key = CASE WHEN :status <> 'REJECTED' AND same_key = :sameKey THEN same_key END,
                    event_date = :date, event_date_end = :end, date_precision = :precision,
                    place_name = :place, gazetteer_id = :gid, latitude = :lat, longitude = :lon,
                    geo_precision = :geoPrecision, event_type = :type, summary = :summary,
                    confidence = :confidence, status = :status, origin = :origin, source_name = :sourceName,
                    source_url = :sourceUrl, updated_by = :user, updated_at = :at, version = version + 1
                WHERE id = :id AND version = :version
                """)
                .params(values(e))
                .param("user", user)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("id", e.id())
                .param("version", e.version())
                .param("sameKey", identity(e))
                .update();
        return rows == 1;
    }

    /** Deletes when the stored version still is {@code version}; event_source rows go with it. */
    public boolean delete(long id, int version) {
        return jdbc.sql("DELETE FROM geo_event WHERE id = :id AND version = :version")
                        .param("id", id)
                        .param("version", version)
                        .update()
                == 1;
    }

    /** The events an article reports (through event_source), in date order. */
    public List<GeoEvent> findByArticle(long articleId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM geo_event WHERE id IN"
                        + " (SELECT event_id FROM event_source WHERE article_id = :article) ORDER BY event_date, id")
                .param("article", articleId)
                .query(ROW)
                .list();
    }

    /** Events waiting for review, newest first. */
    public List<GeoEvent> findByStatus(EventStatus status, int limit) {
        return jdbc.sql("SELECT " + COLUMNS
                        + " FROM geo_event WHERE status = :status ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
                .param("status", status.name())
                .param("limit", limit)
                .query(ROW)
                .list();
    }

    public Optional<GeoEvent> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM geo_event WHERE id = :id")
                .param("id", id)
                .query(ROW)
                .optional();
    }

    /**
     * Events whose date range overlaps [from, to]. Ranges span at most {@link GeoEvent#MAX_SPAN_DAYS},
     * so the start date is bounded on both sides and the (status, event_date, event_date_end, ...)
     * index serves it; the end date is checked in the index too, before any row is read.
     */
    public List<GeoEvent> findInWindow(EventQuery q) {
        Map<String, Object> params = new LinkedHashMap<>();
        return jdbc.sql(windowSql(q, params)).params(params).query(ROW).list();
    }

    /** The window query's SQL (for {@link #findInWindow}, and for tests that read its plan); fills {@code params}. */
    String windowSql(EventQuery q, Map<String, Object> params) {
        String sql = "SELECT " + COLUMNS + " FROM geo_event" + where(q, params)
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
                                TYPES_BY_CODE.getOrDefault(rs.getString(3), EventType.OTHER),
                                rs.getObject(4, LocalDate.class),
                                rs.getObject(5, LocalDate.class));
                    });
        }
    }

    static final int SCAN_CHUNK_DAYS = 31;

    /** Receives one published event's identity, version, dates, position and type from {@link #scanPublished}. */
    @FunctionalInterface
    public interface PublishedSink {
        void accept(
                long id,
                int version,
                LocalDate date,
                LocalDate dateEnd,
                double latitude,
                double longitude,
                EventType type);
    }

    /**
     * Streams the published events starting in [from, to], ordered by start day and id (what
     * {@link PublishedEventIndex} holds), in chunks of {@value #LOAD_CHUNK_DAYS} days so H2 never
     * buffers all of them. Columns are read by position: by label, H2 upper-cases each name per row.
     */
    public void scanPublished(LocalDate from, LocalDate to, PublishedSink sink) {
        for (LocalDate chunk = from; !chunk.isAfter(to); chunk = chunk.plusDays(LOAD_CHUNK_DAYS)) {
            LocalDate chunkEnd = chunk.plusDays(LOAD_CHUNK_DAYS - 1);
            jdbc.sql(
                            "SELECT id, version, event_date, event_date_end, latitude, longitude, event_type FROM geo_event"
                                    + " WHERE status = 'PUBLISHED' AND event_date BETWEEN :from AND :to ORDER BY event_date, id")
                    .param("from", chunk)
                    .param("to", chunkEnd.isAfter(to) ? to : chunkEnd)
                    .query(rs -> {
                        published(rs, sink);
                    });
        }
    }

    static final int LOAD_CHUNK_DAYS = 92;

    /**
     * Streams every published event in id order: the table read straight along its primary key in
     * ranges of {@value #LOAD_CHUNK_IDS} ids, several times faster than following the window index
     * (which lacks the version and would fetch each row from the table as well).
     */
    public void scanAllPublished(PublishedSink sink) {
        long[] ends = jdbc.sql("SELECT MIN(id), MAX(id) FROM geo_event")
                .query((rs, n) -> rs.getObject(1) == null ? null : new long[] {rs.getLong(1), rs.getLong(2)})
                .optional()
                .orElse(null);
        if (ends == null) {
            return;
        }
        long lo = ends[0];
        long hi = ends[1];
        for (long from = lo; from <= hi; from += LOAD_CHUNK_IDS) {
            jdbc.sql("SELECT id, version, event_date, event_date_end, latitude, longitude, event_type, status"
                            + " FROM geo_event WHERE id BETWEEN :from AND :to ORDER BY id")
                    .param("from", from)
                    .param("to", Math.min(hi, from + LOAD_CHUNK_IDS - 1))
                    .query(rs -> {
                        if ("PUBLISHED".equals(rs.getString(8))) {
                            published(rs, sink);
                        }
                    });
        }
    }

    static final int LOAD_CHUNK_IDS = 50_000;

    /** Hands on a row of (id, version, event_date, event_date_end, latitude, longitude, event_type). */
    private static void published(ResultSet rs, PublishedSink sink) throws SQLException {
        sink.accept(
                rs.getLong(1),
                rs.getInt(2),
                rs.getObject(3, LocalDate.class),
                rs.getObject(4, LocalDate.class),
                rs.getDouble(5),
                rs.getDouble(6),
                TYPES_BY_CODE.getOrDefault(rs.getString(7), EventType.OTHER));
    }

    /** The events with these ids (any status; those deleted meanwhile are missing), in no particular order. */
    public List<GeoEvent> findByIds(java.util.Collection<Long> ids) {
        List<GeoEvent> found = new java.util.ArrayList<>(ids.size());
        List<Long> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += IDS_PER_QUERY) {
            found.addAll(jdbc.sql("SELECT " + COLUMNS + " FROM geo_event WHERE id IN (:ids)")
                    .param("ids", all.subList(i, Math.min(all.size(), i + IDS_PER_QUERY)))
                    .query(ROW)
                    .list());
        }
        return found;
    }

    /** IN lists are sent as one parameter per id; PostgreSQL's driver allows 32,767 parameters per statement. */
    private static final int IDS_PER_QUERY = 1000;

    private static final Map<String, EventType> TYPES_BY_CODE = java.util.Arrays.stream(EventType.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(EventType::code, t -> t));

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

    /** A stored, not rejected event reporting the same thing: same place, first day and type. */
    public Optional<Long> findSame(GeoEvent e) {
        String place = e.gazetteerId() != null ? "gazetteer_id = :place" : "place_name = :place";
        return jdbc.sql("SELECT id FROM geo_event WHERE " + place
                        + " AND event_date = :date AND event_type = :type AND status <> 'REJECTED'"
                        + " ORDER BY id FETCH FIRST 1 ROWS ONLY")
                .param("place", e.gazetteerId() != null ? e.gazetteerId() : e.placeName())
                .param("date", e.date())
                .param("type", e.type().code())
                .query(Long.class)
                .optional();
    }

    /**
     * {@link #findSame} for the events of one article: the stored event id by {@link #identity} for
     * those already stored. One exact index lookup per distinct identity; a single IN query over
     * places and a date range reads every event of those places and is slower.
     */
    public Map<String, Long> findSameAll(List<GeoEvent> found) {
        Map<String, Long> ids = new java.util.HashMap<>();
        java.util.Set<String> asked = new java.util.HashSet<>();
        for (GeoEvent e : found) {
            String identity = identity(e);
            if (asked.add(identity)) {
                findSame(e).ifPresent(id -> ids.put(identity, id));
            }
        }
        return ids;
    }

    /** What makes two reports one event: place, first day, type. */
    public static String identity(GeoEvent e) {
        return identity(
                e.gazetteerId() != null ? e.gazetteerId() : e.placeName(),
                e.date(),
                e.type().code());
    }

    private static String identity(String place, LocalDate date, String type) {
        return place + '|' + date + '|' + type;
    }

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

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM geo_event").query(Long.class).single();
    }

    private static Map<String, Object> values(GeoEvent e) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("date", e.date());
        v.put("end", e.dateEnd());
        v.put("precision", e.datePrecision().name());
        v.put("place", e.placeName());
        v.put("gid", e.gazetteerId());
        v.put("lat", e.latitude());
        v.put("lon", e.longitude());
        v.put("geoPrecision", e.geoPrecision());
        v.put("type", e.type().code());
        v.put("summary", e.summary());
        v.put("confidence", e.confidence());
        v.put("status", e.status().name());
        v.put("origin", e.origin().name());
        v.put("sourceName", e.sourceName());
        v.put("sourceUrl", e.sourceUrl());
        return v;
    }

    private static final RowMapper<GeoEvent> ROW = EventRepository::map;

    /** Reads a row of {@link #COLUMNS} by position: by label, H2 upper-cases every name for every row. */
    private static GeoEvent map(ResultSet rs, int rowNum) throws SQLException {
        return new GeoEvent(
                rs.getLong(1),
                rs.getObject(2, LocalDate.class),
                rs.getObject(3, LocalDate.class),
                DatePrecision.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                rs.getDouble(7),
                rs.getDouble(8),
                rs.getInt(9),
                TYPES_BY_CODE.getOrDefault(rs.getString(10), EventType.OTHER),
                rs.getString(11),
                rs.getDouble(12),
                EventStatus.valueOf(rs.getString(13)),
                EventOrigin.valueOf(rs.getString(14)),
                rs.getString(15),
                rs.getString(16),
                rs.getString(17),
                instant(rs, 18),
                rs.getString(19),
                instant(rs, 20),
                rs.getInt(21));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
