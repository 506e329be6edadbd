package org.frontlineatlas.events;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** When an event happened: its first and last day (the same for one day) and how exactly that is known. */
public record EventDates(LocalDate date, LocalDate dateEnd, DatePrecision precision) {

    public EventDates {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(precision, "date precision");
        if (dateEnd == null) {
            dateEnd = date;
        }
        if (date.isBefore(GeoEvent.EARLIEST) || dateEnd.isAfter(GeoEvent.LATEST)) {
            throw new IllegalArgumentException(
                    "date must lie between " + GeoEvent.EARLIEST + " and " + GeoEvent.LATEST);
        }
        if (dateEnd.isBefore(date) || ChronoUnit.DAYS.between(date, dateEnd) > GeoEvent.MAX_SPAN_DAYS) {
            throw new IllegalArgumentException(
                    "date range must run forward and span at most " + GeoEvent.MAX_SPAN_DAYS + " days");
        }
    }

    /** The days covered, as a range to compare with windows. */
    public DateRange range() {
        return new DateRange(date, dateEnd);
    }
}
