package org.frontlineatlas.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontlineatlas.editing.EventEditing;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.input.Utf8Text;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * POST /api/events/import (editors): events from GeoJSON (application/geo+json or application/json)
 * or CSV (text/csv), or a multipart {@code file} (.geojson/.json/.csv). Every event is checked first;
 * one bad row and nothing is stored (400 listing each problem by row). Imported events are PUBLISHED
 * unless {@code status=proposed}.
 */
@RestController
@RequestMapping("/api")
public class EventImportApi {

    private final EventEditing editing;

    public EventImportApi(EventEditing editing) {
        this.editing = editing;
    }

    @PostMapping(
            value = "/events/import",
            consumes = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    public ResponseEntity<Map<String, Object>> geoJson(
            HttpServletRequest request, @RequestParam(required = false) String status) throws IOException {
        return store(reader(status).geoJson(body(request.getInputStream())));
    }

    @PostMapping(value = "/events/import", consumes = "text/csv")
    public ResponseEntity<Map<String, Object>> csv(
            HttpServletRequest request, @RequestParam(required = false) String status) throws IOException {
        return store(reader(status).csv(body(request.getInputStream())));
    }

    @PostMapping(value = "/events/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, Object>> file(
            @RequestParam("file") MultipartFile file, @RequestParam(required = false) String status)
            throws IOException {
        String name = file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        Utf8Text.checkSize(file.getSize(), file.getOriginalFilename());
        String text = Utf8Text.decode(file.getBytes(), file.getOriginalFilename());
        if (name.endsWith(".csv")) {
            return store(reader(status).csv(text));
        }
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return store(reader(status).geoJson(text));
        }
        throw new IllegalArgumentException("import a .geojson, .json or .csv file");
    }

    private ResponseEntity<Map<String, Object>> store(List<GeoEvent> events) {
        int n = editing.createAll(events);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("imported", n));
    }

    private static EventImportReader reader(String status) {
        return new EventImportReader(status(status));
    }

    /** The {@code status} parameter of editors' writes: published (the default) or proposed. */
    static EventStatus status(String status) {
        if (status == null || status.isBlank() || status.equalsIgnoreCase("published")) {
            return EventStatus.PUBLISHED;
        }
        if (status.equalsIgnoreCase("proposed")) {
            return EventStatus.PROPOSED;
        }
        throw new IllegalArgumentException("status must be published or proposed");
    }

    /** Reads at most the size limit, so a huge body is refused without being held in memory. */
    static String body(InputStream in) throws IOException {
        return Utf8Text.decode(Utf8Text.readBounded(in, "the request body"), "the request body");
    }
}
