package org.frontlineatlas.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Writes one event_audit row per change, with the event as JSON before and after, and reads them back.
 * A change a script made with an API token is the token owner's ({@code user}); the row also names the
 * token (via_token), taken from the request's authentication.
 */
public class EventAuditLog {

    private final JdbcClient jdbc;
    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    public EventAuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(long eventId, AuditAction action, GeoEvent before, GeoEvent after, String user, Instant at) {
        jdbc.sql("""
                INSERT INTO event_audit (event_id, changed_at, changed_by, action, before_json, after_json, via_token)
                VALUES (:id, :at, :user, :action, :before, :after, :token)
                """)
                .param("token", TokenAuthenticated.currentTokenName().orElse(null))
                .param("id", eventId)
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("user", user)
                .param("action", action.code())
                .param("before", toJson(before))
                .param("after", toJson(after))
                .update();
    }

    /** One audit row per event, written as multi-row inserts (an import creates many at once). */
    public void recordCreated(List<Long> eventIds, List<GeoEvent> events, String user, Instant at) {
        String token = TokenAuthenticated.currentTokenName().orElse(null);
        MultiRowInsert.run(
                jdbc,
                "INSERT INTO event_audit (event_id, changed_at, changed_by, action, before_json, after_json, via_token) VALUES ",
                eventIds.size(),
                (i, row) -> row.value(eventIds.get(i))
                        .value(OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                        .value(user)
                        .value(AuditAction.CREATE.code())
                        .value(null)
                        .value(toJson(events.get(i)))
                        .value(token));
    }

    /** An event's changes, oldest first (the history outlives the event: no foreign key). */
    public List<AuditEntry> history(long eventId) {
        return jdbc.sql("SELECT id, event_id, changed_at, changed_by, action, before_json, after_json, via_token"
                        + " FROM event_audit WHERE event_id = :id ORDER BY changed_at, id")
                .param("id", eventId)
                .query(this::entry)
                .list();
    }

    public Optional<AuditEntry> find(long auditId) {
        return jdbc.sql("SELECT id, event_id, changed_at, changed_by, action, before_json, after_json, via_token"
                        + " FROM event_audit WHERE id = :id")
                .param("id", auditId)
                .query(this::entry)
                .optional();
    }

    private AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getLong("event_id"),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant(),
                rs.getString("changed_by"),
                AuditAction.of(rs.getString("action")),
                fromJson(rs.getString("before_json")),
                fromJson(rs.getString("after_json")),
                rs.getString("via_token"));
    }

    private GeoEvent fromJson(String text) {
        if (text == null) {
            return null;
        }
        try {
            return json.readValue(text, AuditedEvent.class).event();
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("unreadable audit row: " + ex.getOriginalMessage(), ex);
        }
    }

    private String toJson(GeoEvent e) {
        if (e == null) {
            return null;
        }
        try {
            return json.writeValueAsString(AuditedEvent.of(e));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot serialise event " + e.id(), ex);
        }
    }
}
