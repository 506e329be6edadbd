package org.frontlineatlas.extraction;

import java.util.Locale;

/**
 * The twelve event types of DESIGN.md. Conventions: an advance is ground gained by the side doing it
 * ("pushed back", "reached the border"); a retreat is a side withdrawing; shelling_or_strike is any
 * remote hit (artillery, missile, rocket, drone, air strike, explosions) even when people died;
 * attack is ground fighting and assaults; casualties is deaths or injuries with no strike or attack
 * named; claim is a party's claim with no more specific action.
 */
public enum EventType {
    ATTACK, SHELLING_OR_STRIKE, ADVANCE, RETREAT, CAPTURE, LIBERATION, EVACUATION, CASUALTIES, CLAIM,
    AID, DIPLOMACY, OTHER;

    /** The code used in GeoJSON and the database, e.g. {@code shelling_or_strike}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EventType fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }

    /** A short human label for summaries. */
    public String label() {
        return switch (this) {
            case ATTACK -> "Fighting";
            case SHELLING_OR_STRIKE -> "Shelling or strike";
            case ADVANCE -> "Advance";
            case RETREAT -> "Retreat";
            case CAPTURE -> "Capture";
            case LIBERATION -> "Liberation";
            case EVACUATION -> "Evacuation";
            case CASUALTIES -> "Casualties";
            case CLAIM -> "Claim";
            case AID -> "Aid";
            case DIPLOMACY -> "Diplomacy";
            case OTHER -> "Report";
        };
    }
}
