package org.frontlineatlas.events;

/**
 * How exactly an event's point is known; stored as its number in geo_precision (and in the CSV's
 * ACLED-like geo_precision column), so the numbers must not change.
 */
public enum GeoPrecision {
    /** The named place itself (a town, a village, a bridge). */
    EXACT(1),
    /** Near a place, or a part of a region ("outskirts of", "north of"). */
    NEAR(2),
    /** Only the region (an oblast, a district). */
    REGION(3);

    private final int code;

    GeoPrecision(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The precision stored under this number; anything else is refused with the one message callers show. */
    public static GeoPrecision of(int code) {
        for (GeoPrecision p : values()) {
            if (p.code == code) {
                return p;
            }
        }
        throw new IllegalArgumentException("geo precision must be 1, 2 or 3");
    }
}
