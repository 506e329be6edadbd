package org.frontlineatlas.reading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontlineatlas.gazetteer.Place;
import org.frontlineatlas.gazetteer.UkrainianNames;
import org.frontlineatlas.labels.PlaceLabels;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The place names the map writes over its basemap, for a view box and zoom. */
@RestController
@RequestMapping("/api")
public class LabelsApi {

    /** More than a screen can hold without overlaps at any zoom; the map drops what collides. */
    static final int MAX_LABELS = 400;

    static final int MAX_ZOOM = 22;

    /** GET /api/labels?bbox=west,south,east,north&zoom=Z&lang=en|uk */
    @GetMapping("/labels")
    public ResponseEntity<Map<String, Object>> labels(
            @RequestParam(required = false) String bbox,
            @RequestParam(required = false) String zoom,
            @RequestParam(defaultValue = "en") String lang) {
        double[] box;
        int z;
        try {
            box = parseBbox(bbox);
            z = parseZoom(zoom);
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
        if (!"en".equals(lang) && !"uk".equals(lang)) {
            return ResponseEntity.badRequest().body(Map.of("error", "lang must be en or uk"));
        }
        PlaceLabels.Answer answer = PlaceLabels.loadDefault().query(box[0], box[1], box[2], box[3], z, MAX_LABELS);
        boolean ukrainian = "uk".equals(lang);
        UkrainianNames names = UkrainianNames.load();
        List<Map<String, Object>> labels =
                answer.labels().stream().map(l -> label(l, names, ukrainian)).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("zoom", z);
        body.put("truncated", answer.truncated());
        body.put("labels", labels);
        // The gazetteer ships in the jar: an answer changes only with a new release.
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic())
                .body(body);
    }

    /** English labels spell places in Ukraine as its government does (KMU 2010), as issue 14 asks. */
    private static Map<String, Object> label(PlaceLabels.Label l, UkrainianNames names, boolean ukrainian) {
        Place p = l.place();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", ukrainian ? names.nameOf(p) : names.nationalLatinOf(p));
        m.put("lat", p.latitude());
        m.put("lon", p.longitude());
        m.put("population", p.population());
        m.put("rank", l.rank());
        m.put("minZoom", l.minZoom());
        m.put("kind", l.capital() ? "capital" : l.regionCentre() ? "centre" : "town");
        return m;
    }

    static double[] parseBbox(String bbox) {
        if (bbox == null || bbox.isBlank()) {
            throw new IllegalArgumentException("bbox is required: west,south,east,north in degrees");
        }
        String[] parts = bbox.split(",", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException(
                    "bbox must be four numbers west,south,east,north, not '" + shorten(bbox) + "'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bbox value '" + shorten(parts[i]) + "' is not a number");
            }
            if (!Double.isFinite(v[i]) || Math.abs(v[i]) > 1000) {
                throw new IllegalArgumentException("bbox value '" + shorten(parts[i]) + "' is out of range");
            }
        }
        if (v[0] >= v[2]) {
            throw new IllegalArgumentException("bbox west must be less than east");
        }
        if (v[1] >= v[3]) {
            throw new IllegalArgumentException("bbox south must be less than north");
        }
        return v;
    }

    /** A whole or fractional zoom (the map zooms by halves); labels change at whole zooms. */
    static int parseZoom(String zoom) {
        if (zoom == null || zoom.isBlank()) {
            throw new IllegalArgumentException("zoom is required: a number from 0 to " + MAX_ZOOM);
        }
        double z;
        try {
            z = Double.parseDouble(zoom.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("zoom '" + shorten(zoom) + "' is not a number");
        }
        if (!(z >= 0 && z <= MAX_ZOOM)) {
            throw new IllegalArgumentException("zoom must be from 0 to " + MAX_ZOOM);
        }
        return (int) Math.floor(z);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
