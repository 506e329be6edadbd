package org.frontlineatlas.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;

/** How a {@link GeoEvent} is laid out in geo_event's columns, for the classes that read and write it. */
final class EventRows {

    static final String COLUMNS = "id, event_date, event_date_end, date_precision, place_name, gazetteer_id, "
            + "latitude, longitude, geo_precision, event_type, summary, confidence, status, origin, source_name, "
            + "source_url, created_by, created_at, updated_by, updated_at, version";

    private static final Map<String, EventType> TYPES_BY_CODE =
            Arrays.stream(EventType.values()).collect(Collectors.toUnmodifiableMap(EventType::code, t -> t));

    private EventRows() {}

    /** The type stored under this code; a code no longer known reads as OTHER. */
    static EventType type(String code) {
        return TYPES_BY_CODE.getOrDefault(code, EventType.OTHER);
    }

    static Map<String, Object> values(GeoEvent e) {
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

    static final RowMapper<GeoEvent> ROW = EventRows::map;

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
                type(rs.getString(10)),
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
