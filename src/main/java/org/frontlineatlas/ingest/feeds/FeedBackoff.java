package org.frontlineatlas.ingest.feeds;

import java.time.Duration;
import java.time.Instant;

/** When a feed is polled next: at its interval after a good poll; twice as late after each failure in a row. */
final class FeedBackoff {

    static final Duration LONGEST = Duration.ofHours(24);

    private FeedBackoff() {}

    static Instant next(Instant now, int intervalMinutes, int failuresInARow) {
        Duration wait = Duration.ofMinutes(intervalMinutes);
        for (int i = 0; i < failuresInARow && wait.compareTo(LONGEST) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return now.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait);
    }
}
