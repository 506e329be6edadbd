package org.frontlineatlas.events;

import java.util.Objects;

/** Where an event happened: the place as reported, its gazetteer entry if known, the point and how exact it is. */
public record EventPlace(String name, String gazetteerId, double latitude, double longitude, GeoPrecision precision) {

    public EventPlace {
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("coordinates off the globe: " + latitude + ", " + longitude);
        }
        Objects.requireNonNull(precision, "geo precision");
        name = EventText.required(name, "place name", 200);
    }
}
