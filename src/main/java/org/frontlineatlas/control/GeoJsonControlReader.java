package org.frontlineatlas.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.frontlineatlas.input.GeoJsonFeatures;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Areas from a GeoJSON FeatureCollection of Polygon/MultiPolygon features whose properties say
 * status, valid_from and valid_to (the shape /api/control answers with, and the export DeepState's
 * layers are usually converted to). Every feature is checked; one bad and none is taken.
 */
final class GeoJsonControlReader {

    List<ControlArea> read(String text) {
        JsonNode features = GeoJsonFeatures.of(text);
        ControlImport.checkCount(features.size());
        List<ControlArea> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            ControlAreaFields fields = fields(f.path("properties"));
            try {
                out.add(fields.toArea(geometry(f.path("geometry"))));
            } catch (IllegalArgumentException e) {
                problems.add(fields.label("feature", i + 1) + ": " + e.getMessage());
            }
        }
        return ControlImport.checked(out, problems);
    }

    private static ControlAreaFields fields(JsonNode p) {
        ControlAreaFields f = new ControlAreaFields();
        f.name = text(p, "name");
        f.status = text(p, "status");
        f.validFrom = first(text(p, "valid_from"), text(p, "validFrom"));
        f.validTo = first(text(p, "valid_to"), text(p, "validTo"));
        f.approximate = text(p, "approximate");
        f.note = first(text(p, "note"), text(p, "source"));
        return f;
    }

    private static String text(JsonNode p, String key) {
        JsonNode v = p.get(key);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static String first(String a, String b) {
        return a != null ? a : b;
    }

    /** A Polygon or MultiPolygon geometry object, rings checked (not yet for validity). */
    static Geometry geometry(JsonNode g) {
        String type = g.path("type").asText("");
        JsonNode coords = g.path("coordinates");
        if (!coords.isArray()) {
            throw new IllegalArgumentException("needs a Polygon or MultiPolygon geometry with coordinates");
        }
        return switch (type) {
            case "Polygon" -> polygon(coords, "the polygon");
            case "MultiPolygon" -> {
                List<Polygon> parts = new ArrayList<>();
                for (int i = 0; i < coords.size(); i++) {
                    parts.add(polygon(coords.get(i), "polygon " + (i + 1)));
                }
                if (parts.isEmpty()) {
                    throw new IllegalArgumentException("the MultiPolygon has no polygons");
                }
                yield ControlGeometry.multi(parts);
            }
            default ->
                throw new IllegalArgumentException("geometry must be a Polygon or MultiPolygon, not "
                        + (type.isEmpty() ? "none" : ControlStatus.clip(type)));
        };
    }

    private static Polygon polygon(JsonNode rings, String which) {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new IllegalArgumentException(which + " has no rings");
        }
        LinearRing shell = ring(rings.get(0), which + ", outer ring");
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 1; i < rings.size(); i++) {
            holes.add(ring(rings.get(i), which + ", hole " + i));
        }
        return ControlGeometry.polygon(shell, holes);
    }

    private static LinearRing ring(JsonNode points, String which) {
        if (!points.isArray()) {
            throw new IllegalArgumentException(which + " is not an array of [longitude, latitude] points");
        }
        List<double[]> lonLat = new ArrayList<>(points.size());
        for (int i = 0; i < points.size(); i++) {
            JsonNode p = points.get(i);
            if (!p.isArray()
                    || p.size() < 2
                    || !p.get(0).isNumber()
                    || !p.get(1).isNumber()) {
                throw new IllegalArgumentException(which + ", point " + (i + 1) + " is not [longitude, latitude]");
            }
            lonLat.add(new double[] {p.get(0).asDouble(), p.get(1).asDouble()});
        }
        return ControlGeometry.ring(lonLat, which);
    }
}
