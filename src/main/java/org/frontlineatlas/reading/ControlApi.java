package org.frontlineatlas.reading;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontlineatlas.control.ControlArea;
import org.frontlineatlas.control.ControlAreas;
import org.frontlineatlas.control.ControlGeoJson;
import org.frontlineatlas.control.ControlStatus;
import org.frontlineatlas.geojson.GeoJson;
import org.frontlineatlas.input.IsoDay;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Areas of control, the public reads: GET /api/control?date= (GeoJSON of the areas as of that day,
 * with km² and the change since the snapshot before), GET /api/control/diff?from=&to= (km² Ukraine
 * regained and lost), GET /api/control/versions. Editors import in control/ControlImportApi.
 */
@RestController
@RequestMapping("/api/control")
public class ControlApi {

    private final ControlAreas areas;

    public ControlApi(ControlAreas areas) {
        this.areas = areas;
    }

    @GetMapping(produces = {GeoJson.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    public Map<String, Object> on(@RequestParam(required = false) String date) {
        LocalDate day = day("date", date);
        ControlAreas.Snapshot s = areas.on(day);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("date", day.toString());
        out.put("asOf", s.since() == null ? null : s.since().toString());
        out.put("version", s.version());
        out.put("approximate", s.areas().stream().anyMatch(ControlArea::approximate));
        Map<String, Object> km2 = new LinkedHashMap<>();
        for (ControlStatus st : ControlStatus.values()) {
            km2.put(st.code(), ControlGeoJson.round(s.km2().getOrDefault(st, 0.0)));
        }
        out.put("km2", km2);
        out.put(
                "sincePrevious",
                areas.previousChange(day)
                        .map(prev -> diff(areas.diff(prev, day)))
                        .orElse(null));
        return GeoJson.featureCollection(
                out, s.areas().stream().map(ControlGeoJson::feature).toList());
    }

    @GetMapping("/diff")
    public Map<String, Object> diff(
            @RequestParam(required = false) String from, @RequestParam(required = false) String to) {
        LocalDate a = day("from", from);
        LocalDate b = day("to", to);
        if (a.isAfter(b)) {
            throw new IllegalArgumentException("from " + a + " is after to " + b);
        }
        return diff(areas.diff(a, b));
    }

    @GetMapping("/versions")
    public List<Map<String, Object>> versions() {
        return areas.versions().stream()
                .map(v -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", v.id());
                    m.put("source", v.sourceName());
                    m.put("importedAt", v.importedAt().toString());
                    m.put("importedBy", v.importedBy());
                    m.put("note", v.note());
                    m.put("firstDay", v.firstDay().toString());
                    m.put("lastDay", v.lastDay() == null ? null : v.lastDay().toString());
                    m.put("areas", v.areas());
                    return m;
                })
                .toList();
    }

    /** A bad date: one line of JSON, as the write API answers (the two shared one advice before). */
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, Object>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", String.valueOf(e.getMessage())));
    }

    private static Map<String, Object> diff(ControlAreas.Diff d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", d.from().toString());
        m.put("to", d.to().toString());
        m.put("occupiedFromKm2", ControlGeoJson.round(d.occupiedFromKm2()));
        m.put("occupiedToKm2", ControlGeoJson.round(d.occupiedToKm2()));
        m.put("gainedByUkraineKm2", ControlGeoJson.round(d.gainedKm2()));
        m.put("lostByUkraineKm2", ControlGeoJson.round(d.lostKm2()));
        m.put("netGainedKm2", ControlGeoJson.round(d.netGainedKm2()));
        return m;
    }

    static LocalDate day(String param, String text) {
        return IsoDay.parse(param, text, 1991, 2100);
    }
}
