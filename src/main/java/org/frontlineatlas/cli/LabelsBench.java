package org.frontlineatlas.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.frontlineatlas.reading.LabelsApi;
import org.springframework.http.ResponseEntity;

/**
 * Map label figures: the median time of a whole {@code /api/labels} answer (the query, the names,
 * and the JSON written), one thread, for the views a reader opens most: all of Ukraine at zoom 6
 * and a zoom-10 box at the front; the world at zoom 12 as the worst case the cap bounds. A part of
 * {@code bench}.
 */
final class LabelsBench {

    private static final int WARM_UP = 100;
    private static final int RUNS = 300;

    private LabelsBench() {}

    static void run(PrintWriter out) {
        LabelsApi api = new LabelsApi();
        ObjectMapper json = new ObjectMapper();
        long t0 = System.nanoTime();
        int first = answer(api, json, "22.1,44.3,40.3,52.4", "6", "en"); // builds the index
        out.printf(
                Locale.ROOT, "labels bench: index built and first answer in %.0f ms%n", (System.nanoTime() - t0) / 1e6);
        answer(api, json, "22.1,44.3,40.3,52.4", "6", "uk"); // reads the Ukrainian names once
        measure(out, api, json, "Ukraine, zoom 6", "22.1,44.3,40.3,52.4", "6", "en");
        measure(out, api, json, "Ukraine, zoom 6, uk", "22.1,44.3,40.3,52.4", "6", "uk");
        measure(out, api, json, "Bakhmut box, zoom 10", "37.12,48.25,38.88,48.94", "10", "en");
        measure(out, api, json, "Bakhmut box, zoom 10, uk", "37.12,48.25,38.88,48.94", "10", "uk");
        measure(out, api, json, "world, zoom 12 (capped)", "-180,-90,180,90", "12", "en");
        out.flush();
        if (first == 0) {
            throw new IllegalStateException("no labels over Ukraine: is the gazetteer bundled?");
        }
    }

    private static void measure(
            PrintWriter out, LabelsApi api, ObjectMapper json, String what, String bbox, String zoom, String lang) {
        int labels = 0;
        for (int i = 0; i < WARM_UP; i++) {
            labels = answer(api, json, bbox, zoom, lang);
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            answer(api, json, bbox, zoom, lang);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        out.printf(
                Locale.ROOT,
                "labels %-26s %3d labels: median %.2f ms, p90 %.2f ms, max %.2f ms (%d runs)%n",
                what,
                labels,
                ms[RUNS / 2],
                ms[RUNS * 9 / 10],
                ms[RUNS - 1],
                RUNS);
    }

    private static int answer(LabelsApi api, ObjectMapper json, String bbox, String zoom, String lang) {
        ResponseEntity<Map<String, Object>> r = api.labels(bbox, zoom, lang);
        try {
            json.writeValueAsBytes(r.getBody());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return ((java.util.List<?>) r.getBody().get("labels")).size();
    }
}
