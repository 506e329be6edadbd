package org.frontlineatlas.geojson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

/** GeoJSON as indented text, the way the command line prints it (Jackson's default pretty printer). */
public final class GeoJsonText {

    private static final ObjectWriter PRETTY = new ObjectMapper().writerWithDefaultPrettyPrinter();

    private GeoJsonText() {}

    /** {@code geoJson} (maps from {@link GeoJson}) indented, without a final line break. */
    public static String pretty(Object geoJson) {
        try {
            return PRETTY.writeValueAsString(geoJson);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write GeoJSON", e);
        }
    }
}
