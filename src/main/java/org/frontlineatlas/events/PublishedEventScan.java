package org.frontlineatlas.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Streams the published events' positions, dates and types out of geo_event, without summaries or
 * bookkeeping: what the in-memory published index is built from.
 */
public class PublishedEventScan {

    private final JdbcClient jdbc;

    public PublishedEventScan(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

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
     * {@code reading.PublishedEventIndex} holds), in chunks of {@value #LOAD_CHUNK_DAYS} days so H2 never
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
                EventRows.type(rs.getString(7)));
    }
}
