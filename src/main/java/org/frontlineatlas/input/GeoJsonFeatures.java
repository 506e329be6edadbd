package org.frontlineatlas.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** The features array of an imported GeoJSON FeatureCollection (events or areas of control). */
public final class GeoJsonFeatures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private GeoJsonFeatures() {}

    /** The collection's features; anything else is refused as a whole, with one reason. */
    public static JsonNode of(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new ImportRejectedException(List.of("not valid JSON: " + e.getOriginalMessage()));
        }
        if (root == null
                || !"FeatureCollection".equals(root.path("type").asText())
                || !root.path("features").isArray()) {
            throw new ImportRejectedException(List.of("expected a GeoJSON FeatureCollection with a features array"));
        }
        return root.get("features");
    }
}
