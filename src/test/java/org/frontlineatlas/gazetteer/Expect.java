package org.frontlineatlas.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a name in a text should resolve to: a kind and a point within a tolerance (10 km for
 * settlements and facilities, 150 km for regions), or one exact gazetteer feature (rivers, seas,
 * countries, continents). Coordinates are facts from GeoNames / Wikipedia, not from our data files.
 */
record Expect(String text, PlaceKind kind, double lat, double lon, double toleranceKm, String id) {

    static Expect settlement(String text, double lat, double lon) {
        return new Expect(text, PlaceKind.SETTLEMENT, lat, lon, 10, null);
    }

    static Expect facility(String text, double lat, double lon) {
        return new Expect(text, PlaceKind.FACILITY, lat, lon, 10, null);
    }

    static Expect island(String text, double lat, double lon) {
        return new Expect(text, PlaceKind.ISLAND, lat, lon, 10, null);
    }

    static Expect region(String text, double lat, double lon) {
        return new Expect(text, PlaceKind.REGION, lat, lon, 150, null);
    }

    static Expect feature(String text, PlaceKind kind, String id) {
        return new Expect(text, kind, 0, 0, 0, id);
    }

    static Expect country(String text, String iso2) {
        return feature(text, PlaceKind.COUNTRY, "iso:" + iso2);
    }

    void check(PlaceMention m, String where) {
        String what = where + ": '" + m.text() + "' resolved to " + m.place();
        assertEquals(kind, m.place().kind(), what);
        if (id != null) {
            assertEquals(id, m.place().id(), what);
        } else {
            double km = Geo.km(lat, lon, m.place().latitude(), m.place().longitude());
            assertTrue(km <= toleranceKm, what + " is " + Math.round(km) + " km from " + lat + "," + lon);
        }
    }
}
