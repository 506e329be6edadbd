package org.frontlineatlas.events;

import java.time.Instant;

/**
 * One recorded change of an event: who, when, what, and the event before and after it
 * ({@code before} is null for a creation, {@code after} null for a deletion). {@code viaToken} names
 * the API token a script made the change with (null for changes made in the app).
 */
public record AuditEntry(
        long id,
        long eventId,
        Instant at,
        String by,
        String action,
        GeoEvent before,
        GeoEvent after,
        String viaToken) {}
