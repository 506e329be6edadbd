package org.frontlineatlas.tours;

import java.util.List;
import java.util.regex.Pattern;

/** A named sequence of stops that present mode plays step by step; its slug is its link. */
public record Tour(Long id, String slug, String name, String createdBy, List<TourStop> stops) {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

    public Tour {
        if (slug == null || !SLUG.matcher(slug).matches()) {
            throw new IllegalArgumentException(
                    "a tour's link name uses lower-case letters, digits and hyphens (at most 80)");
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("a tour needs a name of at most 200 characters");
        }
        name = name.strip();
        stops = List.copyOf(stops);
        if (stops.isEmpty() || stops.size() > 200) {
            throw new IllegalArgumentException("a tour has 1 to 200 stops");
        }
    }
}
