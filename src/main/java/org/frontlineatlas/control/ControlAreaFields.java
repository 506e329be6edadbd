package org.frontlineatlas.control;

import java.time.LocalDate;
import java.util.Locale;
import org.frontlineatlas.input.IsoDay;
import org.locationtech.jts.geom.Geometry;

/**
 * The properties of one area as an import names them (GeoJSON properties or KML ExtendedData),
 * turned into a {@link ControlArea}: status, valid_from, valid_to (or validFrom/validTo), name,
 * approximate, note. Each problem is an IllegalArgumentException saying which field and why.
 */
final class ControlAreaFields {

    String name;
    String status;
    String validFrom;
    String validTo;
    String approximate;
    String note;

    ControlArea toArea(Geometry geometry) {
        ControlStatus s = ControlStatus.parse(status);
        LocalDate from = date("valid_from", validFrom, true);
        LocalDate to = date("valid_to", validTo, false);
        if (to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("valid_to " + to + " is before valid_from " + from);
        }
        return ControlArea.draft(
                clip(name, 200), s, from, to, ControlGeometry.checked(geometry), flag(approximate), clip(note, 1000));
    }

    static LocalDate date(String field, String text, boolean required) {
        return required ? IsoDay.parse(field, text, 1991, 2100) : IsoDay.parseOptional(field, text, 1991, 2100);
    }

    private static boolean flag(String text) {
        if (text == null || text.isBlank()) {
            return false;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default ->
                throw new IllegalArgumentException(
                        "approximate must be true or false, not '" + ControlStatus.clip(text) + "'");
        };
    }

    /** How a problem names the feature: its number and, when it has one, its name. */
    String label(String kind, int number) {
        return kind + " " + number
                + (name == null || name.isBlank() ? "" : " ('" + ControlStatus.clip(name.strip()) + "')");
    }

    private static String clip(String s, int max) {
        return s == null || s.isBlank() ? null : ControlAreaRepository.clip(s.strip(), max);
    }
}
