package org.frontlineatlas.reading;

import java.util.List;
import org.frontlineatlas.events.DatePrecision;
import org.frontlineatlas.events.GeoEvent;

/**
 * The CSV columns of export and import, named after ACLED's where ACLED has the idea (event_id_cnty,
 * event_date, time_precision 1 day / 2 week / 3 month, geo_precision, location, notes, source,
 * fatalities), plus what ACLED lacks: an end date, confidence, the gazetteer id and the source URL.
 */
public final class AcledCsv {

    public static final List<String> HEADER = List.of(
            "event_id_cnty",
            "event_date",
            "event_date_end",
            "time_precision",
            "event_type",
            "location",
            "latitude",
            "longitude",
            "geo_precision",
            "gazetteer_id",
            "notes",
            "source",
            "source_url",
            "confidence",
            "fatalities");

    private AcledCsv() {}

    public static String id(GeoEvent e) {
        return "FLA" + e.id();
    }

    public static int timePrecision(DatePrecision p) {
        return switch (p) {
            case DAY -> 1;
            case WEEK -> 2;
            case MONTH -> 3;
        };
    }

    public static DatePrecision datePrecision(String code) {
        return switch (code == null ? "" : code.strip()) {
            case "", "1", "day" -> DatePrecision.DAY;
            case "2", "week" -> DatePrecision.WEEK;
            case "3", "month" -> DatePrecision.MONTH;
            default -> throw new IllegalArgumentException("time_precision must be 1 (day), 2 (week) or 3 (month)");
        };
    }

    /**
     * Text a spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe: a
     * summary is data, never a formula (CSV injection).
     */
    public static String safeText(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + s : s;
    }
}
