package org.frontlineatlas.reading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontlineatlas.gazetteer.Gazetteer;
import org.frontlineatlas.gazetteer.Place;
import org.frontlineatlas.gazetteer.UkrainianNames;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Place search for the map's search box (and the editor's pin form): best matches first. */
@RestController
@RequestMapping("/api")
public class PlacesApi {

    private static final int MAX_LIMIT = 20;

    /** GET /api/places?q=khar&limit=8 (&lang=uk adds nameUk, the Ukrainian name where the gazetteer has it) */
    @GetMapping("/places")
    public ResponseEntity<Map<String, Object>> places(
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "8") int limit,
            @RequestParam(required = false) String lang) {
        String query = q.strip();
        if (query.length() < 2 || query.length() > 100) {
            return ResponseEntity.badRequest().body(Map.of("error", "q must be 2 to 100 characters"));
        }
        int n = Math.max(1, Math.min(MAX_LIMIT, limit));
        List<Map<String, Object>> hits = Gazetteer.loadDefault().search(query, n).stream()
                .map(p -> hit(p, "uk".equals(lang)))
                .toList();
        return ResponseEntity.ok(Map.of("places", hits));
    }

    private static Map<String, Object> hit(Place p, boolean ukrainian) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("name", p.name());
        m.put("kind", p.kind().code());
        m.put("lat", p.latitude());
        m.put("lon", p.longitude());
        String where = String.join(
                ", ",
                List.of(p.admin1(), p.countryCode()).stream()
                        .filter(s -> s != null && !s.isBlank())
                        .toList());
        m.put("detail", p.kind().code() + (where.isEmpty() ? "" : " · " + where));
        m.put("where", where);
        if (ukrainian) {
            m.put("nameUk", UkrainianNames.load().of(p).orElse(null));
        }
        return m;
    }
}
