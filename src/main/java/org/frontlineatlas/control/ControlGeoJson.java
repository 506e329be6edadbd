package org.frontlineatlas.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** Areas as GeoJSON Features (maps for Jackson): Polygon/MultiPolygon, coordinates to 5 decimals (~1 m). */
public final class ControlGeoJson {

    private ControlGeoJson() {}

    static Map<String, Object> feature(ControlArea a) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("name", a.name());
        props.put("status", a.status().code());
        props.put("validFrom", a.validFrom().toString());
        props.put("validTo", a.validTo() == null ? null : a.validTo().toString());
        props.put("km2", round(a.areaKm2()));
        props.put("approximate", a.approximate());
        props.put("note", a.note());
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("type", "Feature");
        f.put("id", a.id());
        f.put("geometry", geometry(a.geometry()));
        f.put("properties", props);
        return f;
    }

    public static Map<String, Object> geometry(Geometry g) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (g instanceof Polygon p) {
            m.put("type", "Polygon");
            m.put("coordinates", rings(p));
        } else {
            List<Object> parts = new ArrayList<>();
            for (int i = 0; i < g.getNumGeometries(); i++) {
                parts.add(rings((Polygon) g.getGeometryN(i)));
            }
            m.put("type", "MultiPolygon");
            m.put("coordinates", parts);
        }
        return m;
    }

    private static List<Object> rings(Polygon p) {
        List<Object> rings = new ArrayList<>();
        rings.add(ring(p.getExteriorRing()));
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            rings.add(ring(p.getInteriorRingN(i)));
        }
        return rings;
    }

    private static List<double[]> ring(LineString r) {
        List<double[]> out = new ArrayList<>(r.getNumPoints());
        for (Coordinate c : r.getCoordinates()) {
            out.add(new double[] {Math.round(c.x * 1e5) / 1e5, Math.round(c.y * 1e5) / 1e5});
        }
        return out;
    }

    /** km² to one decimal. */
    static double round(double km2) {
        return Math.round(km2 * 10) / 10.0;
    }
}
