package org.frontlineatlas.tours;

import java.time.LocalDate;
import java.util.Objects;

/** One stop of a tour: the map at a date and window, optionally centred somewhere, with a note. */
public record TourStop(LocalDate date, int windowDays, Double lat, Double lon, Double zoom, String note) {

    public TourStop {
        Objects.requireNonNull(date, "date");
        if (windowDays < 0 || windowDays > 366) {
            throw new IllegalArgumentException("a stop's window must be 0 to 366 days");
        }
        if ((lat == null) != (lon == null) || (lat == null) != (zoom == null)) {
            throw new IllegalArgumentException("a stop's view needs latitude, longitude and zoom together");
        }
        if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180 || zoom < 0 || zoom > 20)) {
            throw new IllegalArgumentException("a stop's view is off the globe");
        }
        note = note == null ? "" : note.strip();
        if (note.length() > 2000) {
            throw new IllegalArgumentException("a stop's note is longer than 2000 characters");
        }
    }
}
