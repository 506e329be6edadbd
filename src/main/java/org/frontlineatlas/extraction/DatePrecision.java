package org.frontlineatlas.extraction;

import java.util.Locale;

/** How precisely an event's date is known (the geo_event.date_precision column). */
public enum DatePrecision {
    DAY, WEEK, MONTH;

    /** Lower-case code used in GeoJSON output. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
