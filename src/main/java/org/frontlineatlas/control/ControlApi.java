package org.frontlineatlas.control;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontlineatlas.geojson.GeoJson;
import org.frontlineatlas.input.IsoDay;
import org.frontlineatlas.input.Utf8Text;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Areas of control. Public reads: GET /api/control?date= (GeoJSON of the areas as of that day, with
 * km² and the change since the snapshot before), GET /api/control/diff?from=&to= (km² Ukraine
 * regained and lost), GET /api/control/versions. Editors: POST /api/control/import, a multipart
 * {@code file} (.geojson/.json/.kml) or the file as the body ({@code name=} says its name), with
 * optional {@code source} and {@code note}; CSRF token and sign-in as for the other write endpoints.
 */
@RestController
@RequestMapping("/api/control")
public class ControlApi {

    private final ControlAreas areas;
    private final ControlEditing editing;

    public ControlApi(ControlAreas areas, ControlEditing editing) {
        this.areas = areas;
        this.editing = editing;
    }

    @GetMapping(produces = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
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

    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, Object>> importFile(
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String note)
            throws IOException {
        Utf8Text.checkSize(file.getSize(), file.getOriginalFilename());
        return stored(editing.importFile(file.getOriginalFilename(), file.getBytes(), source, note));
    }

    @PostMapping(
            value = "/import",
            consumes = {
                "application/geo+json",
                MediaType.APPLICATION_JSON_VALUE,
                "application/vnd.google-earth.kml+xml",
                MediaType.APPLICATION_XML_VALUE,
                MediaType.TEXT_XML_VALUE
            })
    public ResponseEntity<Map<String, Object>> importBody(
            HttpServletRequest request,
            @RequestParam(required = false) String name,
            @RequestParam(required = false) String source,
            @RequestParam(required = false) String note)
            throws IOException {
        byte[] bytes = Utf8Text.readBounded(request.getInputStream(), "the request body");
        String type = String.valueOf(request.getContentType());
        String fileName = name != null && !name.isBlank()
                ? name
                : type.contains("json") ? "the request body (GeoJSON).geojson" : "the request body (KML).kml";
        return stored(editing.importFile(fileName, bytes, source, note));
    }

    private static ResponseEntity<Map<String, Object>> stored(ControlImport.Result r) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("version", r.version());
        body.put("areas", r.areas());
        body.put("km2", ControlGeoJson.round(r.km2()));
        return ResponseEntity.status(HttpStatus.CREATED).body(body);
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
