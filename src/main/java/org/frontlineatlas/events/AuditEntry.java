package org.frontlineatlas.events;

import java.time.Instant;

/**
 * One recorded change of an event: who, when, what, and the event before and after it
 * ({@code before} is null for a creation, {@code after} null for a deletion). {@code viaToken} names
 * the API token a script made the change with (null for changes made in the app); {@code kind} is
 * the {@link AuditAction}, {@link #action()} its stored word.
 */
public record AuditEntry(
        long id,
        long eventId,
        Instant at,
        String by,
        AuditAction kind,
        GeoEvent before,
        GeoEvent after,
        String viaToken) {

    /** The action's stored word ("create", "update"...), as the history shows it. */
    public String action() {
        return kind.code();
    }
}
