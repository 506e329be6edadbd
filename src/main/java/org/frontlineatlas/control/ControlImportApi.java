package org.frontlineatlas.control;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * Areas of control, the editors' imports (the public reads are reading/ControlApi): POST
 * /api/control/import, a multipart
 * {@code file} (.geojson/.json/.kml) or the file as the body ({@code name=} says its name), with
 * optional {@code source} and {@code note}; CSRF token and sign-in as for the other write endpoints.
 */
@RestController
@RequestMapping("/api/control")
public class ControlImportApi {

    private final ControlEditing editing;

    public ControlImportApi(ControlEditing editing) {
        this.editing = editing;
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
}
