package org.frontlineatlas.events;

import java.time.Instant;

/**
 * One recorded change of an event: who, when, what, and the event before and after it
 * ({@code before} is null for a creation, {@code after} null for a deletion).
 */
public record AuditEntry(long id, long eventId, Instant at, String by, String action, GeoEvent before, GeoEvent after) {
}
