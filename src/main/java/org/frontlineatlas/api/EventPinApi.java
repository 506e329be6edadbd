package org.frontlineatlas.api;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.frontlineatlas.editing.EventEditing;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.reading.EventGeoJson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * One event at a time, for editors (what /editor/pin does, over HTTP):
 * <ul>
 *   <li>POST /api/events: pin a new event, a GeoJSON Feature with the properties /api/events answers
 *       with; PUBLISHED unless {@code status=proposed}. 201 with the stored Feature.</li>
 *   <li>PUT /api/events/{id}: replace the event's editable fields (date, range, precision, place,
 *       gazetteer id, position, geo precision, type, summary, confidence, source) with the Feature's;
 *       status, origin and authorship stay as stored. Optimistic locking by HTTP's own means: send
 *       {@code If-Match: "<version>"} (the ETag of the last answer); 409 when someone else saved in
 *       between, 428 without it.</li>
 * </ul>
 * Answers carry {@code ETag: "<version>"} and the Feature's properties {@code version} and
 * {@code status}. Writes go through {@link EventEditing}: role check, attribution, audit, and open
 * maps redraw.
 */
@RestController
@RequestMapping("/api")
public class EventPinApi {

    private final EventEditing editing;
    private final EventService events;

    public EventPinApi(EventEditing editing, EventService events) {
        this.editing = editing;
        this.events = events;
    }

    @PostMapping(
            value = "/events",
            consumes = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    public ResponseEntity<Map<String, Object>> pin(
            HttpServletRequest request, @RequestParam(required = false) String status) throws IOException {
        GeoEvent draft = new EventImportReader(EventImportApi.status(status))
                .oneFeature(EventImportApi.body(request.getInputStream()));
        GeoEvent stored = editing.create(draft);
        return answer(ResponseEntity.created(URI.create("/api/events/" + stored.id())), stored);
    }

    @PutMapping(
            value = "/events/{id}",
            consumes = {"application/geo+json", MediaType.APPLICATION_JSON_VALUE})
    public ResponseEntity<Map<String, Object>> edit(
            @PathVariable long id,
            HttpServletRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch)
            throws IOException {
        if (ifMatch == null || ifMatch.isBlank()) {
            return WriteApiErrors.error(
                    HttpStatus.PRECONDITION_REQUIRED,
                    "send If-Match: \"<version>\" with the version you edited (the ETag of the event)");
        }
        int version = version(ifMatch);
        GeoEvent current = events.get(id).orElse(null);
        if (current == null) {
            return WriteApiErrors.error(HttpStatus.NOT_FOUND, "no event " + id);
        }
        // Read as a draft (the reader's checks), then laid over the stored event's identity and status.
        GeoEvent wanted =
                new EventImportReader(current.status()).oneFeature(EventImportApi.body(request.getInputStream()));
        GeoEvent changed = wanted.asVersionOf(current).with(d -> {
            d.status = current.status();
            d.origin = current.origin();
            d.version = version;
        });
        return answer(ResponseEntity.ok(), editing.update(changed));
    }

    private static ResponseEntity<Map<String, Object>> answer(ResponseEntity.BodyBuilder builder, GeoEvent stored) {
        Map<String, Object> feature = new LinkedHashMap<>(EventGeoJson.feature(stored));
        @SuppressWarnings("unchecked")
        Map<String, Object> props = new LinkedHashMap<>((Map<String, Object>) feature.get("properties"));
        props.put("status", stored.status().name().toLowerCase(Locale.ROOT));
        props.put("version", stored.version());
        feature.put("properties", props);
        return builder.eTag("\"" + stored.version() + "\"")
                .contentType(EventGeoJson.GEO_JSON)
                .body(feature);
    }

    /** {@code "3"} (also W/"3" or a bare 3): the version the editor started from. */
    static int version(String ifMatch) {
        String v = ifMatch.strip();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("If-Match must be the event's version in quotes, e.g. \"3\"");
    }
}
