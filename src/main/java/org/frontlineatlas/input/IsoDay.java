package org.frontlineatlas.input;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A day written as YYYY-MM-DD, as the command line, the API and the import files take it; a time
 * after it (KML's 2022-11-11T00:00:00Z) is allowed and dropped, since the day is what counts.
 * ISO parsing is strict: 2022-02-30 is no day.
 */
public final class IsoDay {

    private IsoDay() {}

    /** The day, or null when {@code text} is blank. */
    public static LocalDate parseOptional(String what, String text, int fromYear, int toYear) {
        return text == null || text.isBlank() ? null : parse(what, text, fromYear, toYear);
    }

    public static LocalDate parse(String what, String text, int fromYear, int toYear) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required, as YYYY-MM-DD");
        }
        String t = text.strip();
        LocalDate day;
        try {
            day = LocalDate.parse(t.length() > 10 && t.charAt(10) == 'T' ? t.substring(0, 10) : t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " must be a date as YYYY-MM-DD, not '" + clip(t) + "'");
        }
        if (day.getYear() < fromYear || day.getYear() > toYear) {
            throw new IllegalArgumentException(
                    what + " must lie between " + fromYear + " and " + toYear + ", not " + day);
        }
        return day;
    }

    private static String clip(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
