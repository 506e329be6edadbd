package org.frontlineatlas.events;

import java.util.Locale;

/** How exactly an event's date is known: a day, some day in a week, or some day in a month. */
public enum DatePrecision {
    DAY,
    WEEK,
    MONTH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
