package org.frontlineatlas.extraction;

import java.util.Set;
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

    private OutsideTheWar() {}

    /** True when only a meeting can have happened at {@code place}; seas and unknown countries are kept. */
    static boolean hostsOnlyMeetings(Place place) {
        String country = place.countryCode();
        return country != null && !country.isEmpty() && !THEATRE.contains(country);
    }
}
