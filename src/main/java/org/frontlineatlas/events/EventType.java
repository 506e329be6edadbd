package org.frontlineatlas.events;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The event types of DESIGN.md (ACLED-like); {@link #code()} is what storage, API and CLI use.
 * Conventions: an advance is ground gained by the side doing it ("pushed back", "reached the
 * border"); a retreat is a side withdrawing; shelling_or_strike is any remote hit (artillery,
 * missile, rocket, drone, air strike) even when people died; attack is ground fighting and
 * assaults; casualties is deaths or injuries with no strike or attack named; claim is a party's
 * claim with no more specific action.
 */
public enum EventType {
    ATTACK,
    SHELLING_OR_STRIKE,
    ADVANCE,
    RETREAT,
    CAPTURE,
    LIBERATION,
    EVACUATION,
    CASUALTIES,
    CLAIM,
    AID,
    DIPLOMACY,
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        String words = code().replace("_or_", " or ").replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    public static Optional<EventType> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.code().equals(wanted)).findFirst();
    }
}
