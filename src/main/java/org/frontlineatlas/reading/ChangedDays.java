package org.frontlineatlas.reading;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.frontlineatlas.events.EventChangeBroadcaster;
import org.frontlineatlas.events.GeoEvent;

/**
 * When each day last changed, as a number from one sequence: an answer computed from sequence S
 * still holds while no day of its window changed after S. Marking a change costs the days it touched
 * (one or two for an edit), and checking an answer the days of its window; neither depends on how
 * many answers are kept (forgetting used to walk every kept answer on every change: 5% of the
 * server's CPU under LoadBench's editors). No lock: a change is numbered after the data changed (the
 * in-memory index is updated first), so an answer that began before it carries a smaller number.
 */
final class ChangedDays {

    private static final long FIRST = GeoEvent.EARLIEST.toEpochDay();
    private static final long LAST = GeoEvent.LATEST.toEpochDay();

    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLongArray lastChanged = new AtomicLongArray((int) (LAST - FIRST) + 1);
    /** The last change of unknown days (a bulk import elsewhere, a re-read): every window changed. */
    private volatile long everything;

    /** The current number: take it before reading the data an answer is made of. */
    long now() {
        return sequence.get();
    }

    void changed(EventChangeBroadcaster.Change change) {
        long number = sequence.incrementAndGet();
        if (change.from() == null || change.to() == null) {
            everything = number;
            return;
        }
        for (long d = Math.max(FIRST, change.from().toEpochDay());
                d <= Math.min(LAST, change.to().toEpochDay());
                d++) {
            lastChanged.accumulateAndGet((int) (d - FIRST), number, Math::max);
        }
    }

    /** Whether nothing changed on the days [from, to] after number {@code since}. */
    boolean unchangedSince(long since, LocalDate from, LocalDate to) {
        if (everything > since) {
            return false;
        }
        for (long d = Math.max(FIRST, from.toEpochDay()); d <= Math.min(LAST, to.toEpochDay()); d++) {
            if (lastChanged.get((int) (d - FIRST)) > since) {
                return false;
            }
        }
        return true;
    }
}
