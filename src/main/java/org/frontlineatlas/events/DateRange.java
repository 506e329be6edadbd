package org.frontlineatlas.events;

import java.time.LocalDate;
import java.util.Objects;

/** A span of days, first and last included: the span of the time slider, or the days an event covers. */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException(
                    "a date range must not end (" + last + ") before it starts (" + first + ")");
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /** True when the ranges share at least a day: how the window query matches an event's days to a window. */
    public boolean overlaps(DateRange other) {
        return !other.first.isAfter(last) && !other.last.isBefore(first);
    }
}
