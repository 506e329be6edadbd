package org.frontlineatlas.events;

import java.time.Instant;
import java.util.Objects;

/**
 * What the store keeps about an event besides what it reports: its review status, where it came from
 * (found or pinned, and the source it cites), who stored and last changed it, and its version for
 * optimistic locking. A draft has no who, when or version yet.
 */
public record EventBookkeeping(
        EventStatus status,
        EventOrigin origin,
        String sourceName,
        String sourceUrl,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt,
        int version) {

    public EventBookkeeping {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(origin, "origin");
        sourceName = EventText.optional(sourceName, 200);
        sourceUrl = SourceUrls.checked(sourceUrl);
    }
}
