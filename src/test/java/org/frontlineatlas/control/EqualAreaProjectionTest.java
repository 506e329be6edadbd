package org.frontlineatlas.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * km² from the SIS equal-area projection against area formulas computed here, without SIS or a
 * projection: the exact ellipsoidal area of a lat/lon cell, and the spherical line integral
 * (authalic radius) of a polygon with edges straight in lon/lat.
 */
class EqualAreaProjectionTest {

    private static final GeometryFactory GF = new GeometryFactory();
    private static final double A = 6378137.0;
    private static final double F = 1 / 298.257223563;
    private static final double E2 = F * (2 - F);
    private static final double E = Math.sqrt(E2);
    private static final double AUTHALIC_R = 6371007.181;

    /** q(φ) of the authalic latitude; the ellipsoidal area of a cell is b²/2 · Δλ · (q2 − q1). */
    private static double q(double phi) {
        double s = Math.sin(phi);
        return (1 - E2) * (s / (1 - E2 * s * s) - (1 / (2 * E)) * Math.log((1 - E * s) / (1 + E * s)));
    }

    private static double cellKm2(double lat1, double lat2, double lonSpan) {
        return A * A / 2 * Math.toRadians(lonSpan) * (q(Math.toRadians(lat2)) - q(Math.toRadians(lat1))) / 1e6;
    }

    /** Spherical area of a ring whose edges are straight in lon/lat, by −R²∮ sinφ dλ (edges cut fine). */
    private static double sphericalKm2(Coordinate[] ring) {
        double sum = 0;
        for (int i = 0; i + 1 < ring.length; i++) {
            Coordinate p = ring[i];
            Coordinate r = ring[i + 1];
            int steps = 2000;
            for (int k = 0; k < steps; k++) {
                double t0 = (double) k / steps;
                double t1 = (double) (k + 1) / steps;
                double lon0 = p.x + (r.x - p.x) * t0, lat0 = p.y + (r.y - p.y) * t0;
                double lon1 = p.x + (r.x - p.x) * t1, lat1 = p.y + (r.y - p.y) * t1;
                sum += Math.toRadians(lon1 - lon0)
                        * (Math.sin(Math.toRadians(lat0)) + Math.sin(Math.toRadians(lat1)))
                        / 2;
            }
        }
        return Math.abs(sum) * AUTHALIC_R * AUTHALIC_R / 1e6;
    }

    private static Polygon polygon(double... lonLat) {
        Coordinate[] c = new Coordinate[lonLat.length / 2 + 1];
        for (int i = 0; i < lonLat.length / 2; i++) {
            c[i] = new Coordinate(lonLat[2 * i], lonLat[2 * i + 1]);
        }
        c[c.length - 1] = c[0];
        return GF.createPolygon(c);
    }

    @Test
    void aOneDegreeCellAt48NorthHasItsEllipsoidalArea() {
        Polygon cell = polygon(31, 48, 32, 48, 32, 49, 31, 49);
        double expected = cellKm2(48, 49, 1); // about 8 200 km²
        double km2 = EqualAreaProjection.km2(cell);
        assertThat(expected).isBetween(8000.0, 8400.0);
        assertThat(km2).isCloseTo(expected, within(expected * 0.001));
        assertThat(km2).isCloseTo(sphericalKm2(cell.getCoordinates()), within(expected * 0.01));
        assertThat(cell.getCoordinates()[0]).as("the input stays in lon/lat").isEqualTo(new Coordinate(31, 48));
        assertThat(EqualAreaProjection.km2(cell))
                .as("measuring twice gives the same")
                .isEqualTo(km2);
    }

    @Test
    void aCellFarFromTheCentreIsStillEqualArea() {
        // Near Kerch and near Uzhhorod, the corners of Ukraine: an equal-area projection keeps area everywhere.
        Polygon east = polygon(39, 47, 40, 47, 40, 48, 39, 48);
        Polygon west = polygon(22, 48, 23, 48, 23, 49, 22, 49);
        assertThat(EqualAreaProjection.km2(east)).isCloseTo(cellKm2(47, 48, 1), within(cellKm2(47, 48, 1) * 0.001));
        assertThat(EqualAreaProjection.km2(west)).isCloseTo(cellKm2(48, 49, 1), within(cellKm2(48, 49, 1) * 0.001));
    }

    @Test
    void anOblastSizedPolygonMatchesTheSphericalIntegral() {
        // A rough outline of Kherson oblast's size (~28 000 km²), slanted edges on purpose.
        Polygon oblast = polygon(32.2, 46.5, 33.0, 47.2, 34.2, 47.5, 35.1, 46.9, 34.6, 46.1, 33.3, 46.0, 32.5, 46.1);
        double reference = sphericalKm2(oblast.getCoordinates());
        double km2 = EqualAreaProjection.km2(oblast);
        assertThat(reference).isBetween(15_000.0, 40_000.0);
        assertThat(km2).isCloseTo(reference, within(reference * 0.05));
        assertThat(Math.abs(km2 - reference) / reference).isLessThan(0.01);
    }

    @Test
    void projectedGeometryIsInMetresAroundTheCentre() {
        var centre = EqualAreaProjection.toMetres(
                GF.createPoint(new Coordinate(EqualAreaProjection.CENTRE_LON, EqualAreaProjection.CENTRE_LAT)));
        assertThat(centre.getCoordinate().x).isCloseTo(0, within(1e-6));
        var kyiv = EqualAreaProjection.toMetres(GF.createPoint(new Coordinate(30.52, 50.45)));
        // Kyiv lies ~230 km north and ~70 km west of the centre.
        assertThat(kyiv.getCoordinate().y).isBetween(200_000.0, 240_000.0);
        assertThat(kyiv.getCoordinate().x).isBetween(-80_000.0, -60_000.0);
    }
}
