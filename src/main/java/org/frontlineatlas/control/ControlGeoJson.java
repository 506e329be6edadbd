package org.frontlineatlas.control;

import java.util.LinkedHashMap;
import java.util.Map;
import org.frontlineatlas.geojson.GeoJson;
import org.locationtech.jts.geom.Geometry;

/** Areas as GeoJSON Features (maps for Jackson): Polygon/MultiPolygon, coordinates to 5 decimals (~1 m). */
public final class ControlGeoJson {

    private ControlGeoJson() {}

    public static Map<String, Object> feature(ControlArea a) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("name", a.name());
        props.put("status", a.status().code());
        props.put("validFrom", a.validFrom().toString());
        props.put("validTo", a.validTo() == null ? null : a.validTo().toString());
        props.put("km2", round(a.areaKm2()));
        props.put("approximate", a.approximate());
        props.put("note", a.note());
        return GeoJson.feature(a.id(), geometry(a.geometry()), props);
    }

    public static Map<String, Object> geometry(Geometry g) {
        return GeoJson.polygons(g, 5);
    }

    /** km² to one decimal. */
    public static double round(double km2) {
        return Math.round(km2 * 10) / 10.0;
    }
}
