package org.frontlineatlas.control;

import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Builds and checks the polygons of an import: rings closed, on the globe, and valid in JTS's sense
 * (no self-intersection, holes inside their shell). A problem is an IllegalArgumentException whose
 * message says what and where, so the reader can name the feature.
 */
final class ControlGeometry {

    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private ControlGeometry() {}

    /** A ring from lon/lat pairs; closes nothing silently: an open ring is refused. */
    static LinearRing ring(List<double[]> lonLat, String which) {
        if (lonLat.size() < 4) {
            throw new IllegalArgumentException(
                    which + " has " + lonLat.size() + " points; a ring needs at least 4 (first = last)");
        }
        Coordinate[] c = new Coordinate[lonLat.size()];
        for (int i = 0; i < c.length; i++) {
            double lon = lonLat.get(i)[0];
            double lat = lonLat.get(i)[1];
            if (!Double.isFinite(lon) || !Double.isFinite(lat) || lon < -180 || lon > 180 || lat < -90 || lat > 90) {
                throw new IllegalArgumentException(which + ", point " + (i + 1) + " (" + fmt(lon) + ", " + fmt(lat)
                        + ") is off the globe: longitude must lie within ±180 and latitude within ±90");
            }
            c[i] = new Coordinate(lon, lat);
        }
        if (!c[0].equals2D(c[c.length - 1])) {
            throw new IllegalArgumentException(which + " is not closed: its last point must repeat its first");
        }
        return FACTORY.createLinearRing(c);
    }

    static Polygon polygon(LinearRing shell, List<LinearRing> holes) {
        return FACTORY.createPolygon(shell, holes.toArray(LinearRing[]::new));
    }

    static Geometry multi(List<Polygon> polygons) {
        if (polygons.size() == 1) {
            return polygons.get(0);
        }
        MultiPolygon m = FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
        return m;
    }

    /** Refuses a self-intersecting or otherwise invalid geometry, saying where. */
    static Geometry checked(Geometry g) {
        if (g.isEmpty()) {
            throw new IllegalArgumentException("the geometry is empty");
        }
        TopologyValidationError error = new IsValidOp(g).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            boolean crosses = error.getErrorType() == TopologyValidationError.SELF_INTERSECTION
                    || error.getErrorType() == TopologyValidationError.RING_SELF_INTERSECTION;
            throw new InvalidGeometryException(
                    "invalid geometry: " + error.getMessage().toLowerCase(Locale.ROOT)
                            + (at == null ? "" : " at " + fmt(at.x) + ", " + fmt(at.y)),
                    crosses,
                    at == null ? null : at.x,
                    at == null ? null : at.y);
        }
        if (g.getArea() == 0) {
            throw new IllegalArgumentException("the geometry has no area");
        }
        return g;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%.5f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
