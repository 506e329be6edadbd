package org.frontlineatlas.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writes one event_audit row per change, with the event as JSON before and after. */
public class EventAuditLog {

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public EventAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long eventId, String action, GeoEvent before, GeoEvent after, String user, Instant at) {
        jdbc.sql("""
                INSERT INTO event_audit (event_id, changed_at, changed_by, action, before_json, after_json)
                VALUES (:id, :at, :user, :action, :before, :after)
                """)
                .param("id", eventId)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("user", user)
                .param("action", action)
                .param("before", toJson(before))
                .param("after", toJson(after))
                .update();
    }

    /** One audit row per event, written as multi-row inserts (an import creates many at once). */
    public void recordCreated(List<Long> eventIds, List<GeoEvent> events, String user, Instant at) {
        MultiRowInsert.run(jdbc, "INSERT INTO event_audit (event_id, changed_at, changed_by, action, before_json, after_json) VALUES ",
                eventIds.size(), (i, row) -> row
                        .value(eventIds.get(i))
                        .value(OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .value(user)
                        .value("create")
                        .value(null)
                        .value(toJson(events.get(i))));
    }

    private String toJson(GeoEvent e) {
        if (e == null) {
            return null;
        }
        try {
            return json.writeValueAsString(e);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot serialise event " + e.id(), ex);
        }
    }
}
