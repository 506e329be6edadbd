package org.frontlineatlas.extraction;

import java.util.EnumSet;
import java.util.Set;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.gazetteer.Place;

/**
 * A place in a country the war is not fought in can host a meeting, never a strike, an advance or an
 * aid delivery: "In Washington, the Speaker published the aid bills", "shortages caused by the stalled
 * package in Washington". The countries kept are the belligerents and the neighbours where missiles,
 * drones or debris have fallen.
 */
final class OutsideTheWar {

    private static final Set<String> THEATRE =
            Set.of("UA", "RU", "BY", "MD", "PL", "RO", "SK", "HU", "LT", "LV", "EE", "FI", "GE");

    /** Ground fighting has taken, held and lost places only in the two belligerents. */
    private static final Set<String> GROUND_WAR = Set.of("UA", "RU");

    private static final Set<EventType> GROUND_MOVES =
            EnumSet.of(EventType.ADVANCE, EventType.RETREAT, EventType.CAPTURE, EventType.LIBERATION);

    private OutsideTheWar() {}

    /** "Zelensky crossed into Poland by train": outside the two belligerents nobody advances or captures. */
    static boolean excludes(Place place, EventType type) {
        String country = place.countryCode();
        return GROUND_MOVES.contains(type) && country != null && !country.isEmpty() && !GROUND_WAR.contains(country);
    }

    /** True when only a meeting can have happened at {@code place}; seas and unknown countries are kept. */
    static boolean hostsOnlyMeetings(Place place) {
        String country = place.countryCode();
        return country != null && !country.isEmpty() && !THEATRE.contains(country);
    }
}
