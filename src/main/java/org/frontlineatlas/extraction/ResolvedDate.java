package org.frontlineatlas.extraction;

import java.time.LocalDate;
import java.util.Objects;
import org.frontlineatlas.events.DatePrecision;

/**
 * An event date: {@code start..end} inclusive (equal for a single day), its precision, and whether
 * it is a default (no expression in the text) rather than read from the text.
 */
public record ResolvedDate(LocalDate start, LocalDate end, DatePrecision precision, boolean defaulted) {

    public ResolvedDate {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(precision, "precision");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("end before start: " + start + ".." + end);
        }
    }

    public static ResolvedDate day(LocalDate day) {
        return new ResolvedDate(day, day, DatePrecision.DAY, false);
    }

    public static ResolvedDate defaultDay(LocalDate day) {
        return new ResolvedDate(day, day, DatePrecision.DAY, true);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
