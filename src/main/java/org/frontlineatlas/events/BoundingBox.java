package org.frontlineatlas.events;

/** A west/south/east/north box in WGS84 degrees, as in GeoJSON's bbox (no antimeridian crossing). */
public record BoundingBox(double west, double south, double east, double north) {

    public BoundingBox {
        if (!(south >= -90 && north <= 90 && south <= north)) {
            throw new IllegalArgumentException("bbox latitudes must satisfy -90 <= south <= north <= 90");
        }
        if (!(west >= -180 && east <= 180 && west <= east)) {
            throw new IllegalArgumentException("bbox longitudes must satisfy -180 <= west <= east <= 180");
        }
    }

    /** True when the point lies in the box, edges included (as the window query's BETWEEN). */
    public boolean contains(double latitude, double longitude) {
        return latitude >= south && latitude <= north && longitude >= west && longitude <= east;
    }

    /** True when the boxes share at least a point (touching edges count). */
    public boolean overlaps(BoundingBox other) {
        return other.west <= east && other.east >= west && other.south <= north && other.north >= south;
    }

    /** Parses "west,south,east,north" as in the API's {@code bbox} parameter. */
    public static BoundingBox parse(String text) {
        String[] parts = text.split(",");
        if (parts.length != 4) {
            throw new IllegalArgumentException("bbox must be west,south,east,north");
        }
        try {
            return new BoundingBox(
                    Double.parseDouble(parts[0].trim()),
                    Double.parseDouble(parts[1].trim()),
                    Double.parseDouble(parts[2].trim()),
                    Double.parseDouble(parts[3].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bbox must be four numbers: west,south,east,north");
        }
    }
}
