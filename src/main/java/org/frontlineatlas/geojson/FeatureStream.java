package org.frontlineatlas.geojson;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A FeatureCollection written as it goes, for answers made of features already rendered as JSON:
 * the foreign members first (so a client can decide from the first bytes), then each feature.
 * Closing ends the collection, not the stream.
 */
public final class FeatureStream implements AutoCloseable {

    private final OutputStream out;
    private boolean first = true;

    private FeatureStream(OutputStream out) {
        this.out = out;
    }

    /** Writes {"type":"FeatureCollection", the members in their order, "features":[ and awaits features. */
    public static FeatureStream open(OutputStream out, ObjectMapper json, Map<String, ?> members) throws IOException {
        out.write("{\"type\":\"FeatureCollection\"".getBytes(StandardCharsets.US_ASCII));
        for (Map.Entry<String, ?> m : members.entrySet()) {
            out.write(',');
            out.write(json.writeValueAsBytes(m.getKey()));
            out.write(':');
            out.write(json.writeValueAsBytes(m.getValue()));
        }
        out.write(",\"features\":[".getBytes(StandardCharsets.US_ASCII));
        return new FeatureStream(out);
    }

    /** One feature, its JSON as rendered (by {@link GeoJson#feature} through Jackson). */
    public void feature(byte[] featureJson) throws IOException {
        if (!first) {
            out.write(',');
        }
        out.write(featureJson);
        first = false;
    }

    @Override
    public void close() throws IOException {
        out.write(']');
        out.write('}');
    }
}
