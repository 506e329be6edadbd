package org.frontlineatlas.control;

/**
 * A polygon JTS calls invalid, with where: an editor's view names the spot in the page's language
 * (a ring crossing itself is the usual slip when a vertex is dragged too far).
 */
public class InvalidGeometryException extends IllegalArgumentException {

    private final boolean crossesItself;
    private final Double lon;
    private final Double lat;

    InvalidGeometryException(String message, boolean crossesItself, Double lon, Double lat) {
        super(message);
        this.crossesItself = crossesItself;
        this.lon = lon;
        this.lat = lat;
    }

    public boolean crossesItself() {
        return crossesItself;
    }

    /** Where the problem lies, "33.1, 47.2" (longitude, latitude), or "" when JTS names no place. */
    public String where() {
        return lon == null ? "" : ControlGeometry.fmt(lon) + ", " + ControlGeometry.fmt(lat);
    }
}
