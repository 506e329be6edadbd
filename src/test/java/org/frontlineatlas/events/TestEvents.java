package org.frontlineatlas.events;

import java.time.LocalDate;

/** Small builders for events in tests. */
public final class TestEvents {

    private TestEvents() {}

    public static GeoEvent at(String place, double lat, double lon, String date, EventType type, EventStatus status) {
        LocalDate day = LocalDate.parse(date);
        return GeoEvent.draft(
                day,
                day,
                DatePrecision.DAY,
                place,
                null,
                lat,
                lon,
                1,
                type,
                type.label() + " reported in " + place,
                0.8,
                status,
                EventOrigin.PINNED,
                "Test wire",
                null);
    }

    /**
     * Stores an event through the trusted service and announces it, as every writer in the app does
     * (EventEditing, the demo loader, another instance through the relay): the running app's
     * in-memory index and shared answers learn of writes only from announcements.
     */
    public static GeoEvent storedAndAnnounced(EventService events, EventChangeBroadcaster changes, GeoEvent draft) {
        GeoEvent stored = events.create(draft, "test");
        changes.changed(new EventChangeBroadcaster.Change(stored.id(), "create", stored.date(), stored.dateEnd()));
        return stored;
    }

    public static GeoEvent published(String place, double lat, double lon, String date, EventType type) {
        return at(place, lat, lon, date, type, EventStatus.PUBLISHED);
    }
}
