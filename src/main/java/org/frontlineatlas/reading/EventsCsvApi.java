package org.frontlineatlas.reading;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.frontlineatlas.events.GeoEvent;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/events.csv: published events as ACLED-like CSV, same filters as /api/events. */
@RestController
@RequestMapping("/api")
public class EventsCsvApi {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final WindowReader events;

    public EventsCsvApi(WindowReader events) {
        this.events = events;
    }

    @GetMapping("/events.csv")
    public void csv(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String bbox,
            @RequestParam(required = false) List<String> type,
            HttpServletResponse response)
            throws IOException {
        WindowParams window = WindowParams.parse(from, to, type, bbox);
        List<GeoEvent> found = window.over(events).map(events::find).orElse(List.of());
        // Written straight to the response: a large export is never held in memory as one string.
        response.setContentType(CSV.toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"frontline-atlas-events.csv\"");
        write(found, new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
    }

    static void write(List<GeoEvent> found, Writer writer) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader(AcledCsv.HEADER.toArray(String[]::new))
                .get();
        try (CSVPrinter csv = new CSVPrinter(writer, format)) {
            for (GeoEvent e : found) {
                csv.printRecord(
                        AcledCsv.id(e),
                        e.date(),
                        e.dateEnd(),
                        AcledCsv.timePrecision(e.datePrecision()),
                        e.type().code(),
                        AcledCsv.safeText(e.placeName()),
                        e.latitude(),
                        e.longitude(),
                        e.geoPrecision(),
                        e.gazetteerId(),
                        AcledCsv.safeText(e.summary()),
                        AcledCsv.safeText(e.sourceName()),
                        e.sourceUrl(),
                        e.confidence(),
                        "");
            }
        }
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<java.util.Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_JSON)
                .body(java.util.Map.of("error", e.getMessage()));
    }
}
