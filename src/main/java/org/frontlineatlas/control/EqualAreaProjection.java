package org.frontlineatlas.control;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.sis.referencing.CRS;
import org.apache.sis.referencing.CommonCRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.operation.MathTransform;
import org.opengis.referencing.operation.TransformException;

/**
 * Lon/lat (WGS 84) to metres on a Lambert azimuthal equal-area projection centred on Ukraine
 * (48.5°N 31.5°E, on the WGS 84 ellipsoid), built by Apache SIS. Equal-area: the planar area of a
 * projected polygon is its area on the ellipsoid, so JTS can union, subtract and measure in km².
 * Edges are densified first (every 0.05°): GeoJSON edges are straight in lon/lat, not in the projection.
 */
public final class EqualAreaProjection {

    static final double CENTRE_LAT = 48.5;
    static final double CENTRE_LON = 31.5;
    private static final double DENSIFY_DEGREES = 0.05;

    private static final String WKT = """
            PROJCRS["Lambert azimuthal equal-area, Ukraine",
              BASEGEODCRS["WGS 84",
                DATUM["World Geodetic System 1984", ELLIPSOID["WGS 84", 6378137, 298.257223563]],
                UNIT["degree", 0.017453292519943295]],
              CONVERSION["LAEA Ukraine",
                METHOD["Lambert Azimuthal Equal Area"],
                PARAMETER["Latitude of natural origin", %s],
                PARAMETER["Longitude of natural origin", %s],
                PARAMETER["False easting", 0],
                PARAMETER["False northing", 0]],
              CS[Cartesian, 2],
                AXIS["Easting (E)", east],
                AXIS["Northing (N)", north],
                UNIT["metre", 1]]""".formatted(CENTRE_LAT, CENTRE_LON);

    /** Before TO_METRES, which build() needs it for; held, as java.util.logging keeps loggers weakly. */
    private static final Logger SIS_LOG = Logger.getLogger("org.apache.sis");

    private static final MathTransform TO_METRES = build();

    private EqualAreaProjection() {}

    /** Does nothing but make sure the projection is built (the first call builds it). */
    static void warm() {
        // Calling any static method initialises the class, which builds TO_METRES.
    }

    private static MathTransform build() {
        // Without the optional EPSG database SIS logs warnings about it; the WKT needs none.
        SIS_LOG.setLevel(Level.SEVERE);
        try {
            CoordinateReferenceSystem projected = CRS.fromWKT(WKT);
            // normalizedGeographic: longitude first, as GeoJSON and JTS have it.
            return CRS.findOperation(CommonCRS.WGS84.normalizedGeographic(), projected, null)
                    .getMathTransform();
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the equal-area projection: " + e.getMessage(), e);
        }
    }

    /** A copy of a lon/lat geometry in projected metres (densified, so its edges follow lon/lat lines). */
    public static Geometry toMetres(Geometry lonLat) {
        // copy(): the densified geometry shares Coordinate objects with its input (and a ring's first
        // and last point may be one object), so projecting it in place would move them twice.
        Geometry g = org.locationtech.jts.densify.Densifier.densify(lonLat, DENSIFY_DEGREES)
                .copy();
        g.apply(new CoordinateSequenceFilter() {
            private final double[] buf = new double[2];

            @Override
            public void filter(CoordinateSequence seq, int i) {
                buf[0] = seq.getX(i);
                buf[1] = seq.getY(i);
                try {
                    TO_METRES.transform(buf, 0, buf, 0, 1);
                } catch (TransformException e) {
                    throw new IllegalArgumentException("cannot project " + new Coordinate(seq.getX(i), seq.getY(i)), e);
                }
                seq.setOrdinate(i, 0, buf[0]);
                seq.setOrdinate(i, 1, buf[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        g.geometryChanged();
        return g;
    }

    /** Area on the WGS 84 ellipsoid of a lon/lat polygon or multipolygon, in km². */
    public static double km2(Geometry lonLat) {
        return toMetres(lonLat).getArea() / 1e6;
    }

    /** km² of an already projected geometry. */
    static double projectedKm2(Geometry metres) {
        return metres.getArea() / 1e6;
    }
}
