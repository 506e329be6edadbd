package org.frontlineatlas.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/**
 * Plain JDBC access to single events of geo_event: storing, versioned updates, deletes, lookups by
 * id and identity. Windows of days are read by {@link EventWindowQueries}, the published index is
 * fed by {@link PublishedEventScan}. Usable with or without Spring's context (the CLI needs none).
 */
public class EventRepository {

    private final JdbcClient jdbc;

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
                .params(EventRows.values(e))
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
                .params(EventRows.values(e))
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
                .params(EventRows.values(e))
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
        return jdbc.sql("SELECT " + EventRows.COLUMNS + " FROM geo_event WHERE id IN"
                        + " (SELECT event_id FROM event_source WHERE article_id = :article) ORDER BY event_date, id")
                .param("article", articleId)
                .query(EventRows.ROW)
                .list();
    }

    /** Events waiting for review, newest first. */
    public List<GeoEvent> findByStatus(EventStatus status, int limit) {
        return jdbc.sql("SELECT " + EventRows.COLUMNS
                        + " FROM geo_event WHERE status = :status ORDER BY id DESC FETCH FIRST :limit ROWS ONLY")
                .param("status", status.name())
                .param("limit", limit)
                .query(EventRows.ROW)
                .list();
    }

    public Optional<GeoEvent> findById(long id) {
        return jdbc.sql("SELECT " + EventRows.COLUMNS + " FROM geo_event WHERE id = :id")
                .param("id", id)
                .query(EventRows.ROW)
                .optional();
    }

    /** The events with these ids (any status; those deleted meanwhile are missing), in no particular order. */
    public List<GeoEvent> findByIds(java.util.Collection<Long> ids) {
        List<GeoEvent> found = new java.util.ArrayList<>(ids.size());
        List<Long> all = List.copyOf(ids);
        for (int i = 0; i < all.size(); i += IDS_PER_QUERY) {
            found.addAll(jdbc.sql("SELECT " + EventRows.COLUMNS + " FROM geo_event WHERE id IN (:ids)")
                    .param("ids", all.subList(i, Math.min(all.size(), i + IDS_PER_QUERY)))
                    .query(EventRows.ROW)
                    .list());
        }
        return found;
    }

    /** IN lists are sent as one parameter per id; PostgreSQL's driver allows 32,767 parameters per statement. */
    private static final int IDS_PER_QUERY = 1000;

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

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM geo_event").query(Long.class).single();
    }
}
