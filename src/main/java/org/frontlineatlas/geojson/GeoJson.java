package org.frontlineatlas.geojson;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * GeoJSON (RFC 7946) objects as ordered maps for Jackson: the one place the app spells out
 * "FeatureCollection", "Feature" and geometries, for the CLI and the API alike. Members keep the
 * order given, so the answers read the same from run to run.
 */
public final class GeoJson {

    /** The media type of RFC 7946. */
    public static final String MEDIA_TYPE = "application/geo+json";

    private GeoJson() {}

    /** {"type":"Point","coordinates":[lon,lat]}. */
    public static Map<String, Object> point(double longitude, double latitude) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "Point");
        m.put("coordinates", List.of(longitude, latitude));
        return m;
    }

    /** A Polygon or MultiPolygon (of polygons only), coordinates rounded to {@code decimals}. */
    public static Map<String, Object> polygons(Geometry g, int decimals) {
        double scale = Math.pow(10, decimals);
        Map<String, Object> m = new LinkedHashMap<>();
        if (g instanceof Polygon p) {
            m.put("type", "Polygon");
            m.put("coordinates", rings(p, scale));
        } else {
            List<Object> parts = new ArrayList<>();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                parts.add(rings((Polygon) g.getGeometryN(i), scale));
            }
            m.put("type", "MultiPolygon");
            m.put("coordinates", parts);
        }
        return m;
    }

    /** {"type":"Feature","id":…,"geometry":…,"properties":…}; no id member when {@code id} is null. */
    public static Map<String, Object> feature(Object id, Map<String, ?> geometry, Map<String, ?> properties) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        if (id != null) {
            f.put("id", id);
        }
        f.put("geometry", geometry);
        f.put("properties", properties);
        return f;
    }

    /** {"type":"FeatureCollection", the foreign members in their order, "features":[…]}. */
    public static Map<String, Object> featureCollection(Map<String, ?> members, List<?> features) {
        Map<String, Object> fc = new LinkedHashMap<>();
        fc.put("type", "FeatureCollection");
        fc.putAll(members);
        fc.put("features", features);
        return fc;
    }

    /** A FeatureCollection of nothing but its features. */
    public static Map<String, Object> featureCollection(List<?> features) {
        return featureCollection(Map.of(), features);
    }

    private static List<Object> rings(Polygon p, double scale) {
        List<Object> rings = new ArrayList<>();
        rings.add(ring(p.getExteriorRing(), scale));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(ring(p.getInteriorRingN(i), scale));
        }
        return rings;
    }

    private static List<double[]> ring(LineString r, double scale) {
        List<double[]> out = new ArrayList<>(r.getNumPoints());
        for (Coordinate c : r.getCoordinates()) {
            out.add(new double[] {Math.round(c.x * scale) / scale, Math.round(c.y * scale) / scale});
        }
        return out;
    }
}
