package org.frontlineatlas.ingest.feeds;

import java.time.Instant;

/** A feed an editor follows, with what the poller last made of it. */
public record Feed(
        long id,
        String url,
        String title,
        int intervalMinutes,
        boolean autoPublish,
        String addedBy,
        Instant lastPolledAt,
        String lastError,
        int itemsTaken,
        int failures,
        Instant nextPollAt) {

    /** The feed's title once read, else its address. */
    public String name() {
        return title == null || title.isBlank() ? url : title;
    }
}
