package org.frontlineatlas.events;

import java.time.LocalDate;

/** Small builders for events in tests. */
public final class TestEvents {

    private TestEvents() {
    }

    public static GeoEvent at(String place, double lat, double lon, String date, EventType type, EventStatus status) {
        LocalDate day = LocalDate.parse(date);
        return GeoEvent.draft(day, day, DatePrecision.DAY, place, null, lat, lon, 1, type,
                type.label() + " reported in " + place, 0.8, status, EventOrigin.PINNED, "Test wire", null);
    }

    public static GeoEvent published(String place, double lat, double lon, String date, EventType type) {
        return at(place, lat, lon, date, type, EventStatus.PUBLISHED);
    }
}
