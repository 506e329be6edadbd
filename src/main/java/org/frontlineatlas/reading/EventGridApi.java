package org.frontlineatlas.reading;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontlineatlas.events.BoundingBox;
import org.frontlineatlas.events.EventQuery;
import org.frontlineatlas.geojson.GeoJson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published events of a window counted per grid cell: what the map draws when a window holds too
 * many events to send one by one (a month at a million events, "all so far"). Same filters as
 * /api/events; the cell size follows the map's zoom (see {@link GridQuery}).
 */
@RestController
@RequestMapping("/api")
public class EventGridApi {

    static final int DEFAULT_ZOOM = 6;

    private final WindowReader events;
    private final WindowAnswers answers;

    public EventGridApi(WindowReader events, WindowAnswers answers) {
        this.events = events;
        this.answers = answers;
    }

    /** GET /api/events/grid?from=YYYY-MM-DD&to=YYYY-MM-DD&bbox=w,s,e,n&zoom=6&type=attack,capture */
    @GetMapping(
            value = "/events/grid",
            produces = {"application/geo+json", "application/json"})
    public ResponseEntity<?> grid(HttpServletRequest request) {
        // Read from the request itself, as /api/events does (Spring's resolvers cost more than the answer).
        WindowParams params = WindowParams.parse(request);
        String zoom = request.getParameter("zoom");
        String encoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        int level = zoom == null || zoom.isBlank() ? DEFAULT_ZOOM : zoom(zoom);
        EventQuery window = params.over(events).orElse(null);
        if (window == null) {
            // No window asked: an empty grid at today's UTC day, the days the product counts in.
            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            return ResponseEntity.ok()
                    .contentType(EventGeoJson.GEO_JSON)
                    .body(body(
                            new EventGrid(
                                    new GridQuery(EventQuery.published(today, today), level).cellDegrees(),
                                    0,
                                    List.of()),
                            level));
        }
        var key = new WindowAnswers.Key(
                "grid", window.from(), window.to(), window.bbox() + "|" + window.types() + "|" + level);
        return answers.answer(
                key, WindowAnswers.acceptsGzip(encoding), () -> body(events.grid(new GridQuery(window, level)), level));
    }

    private static Map<String, Object> body(EventGrid grid, int zoom) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("total", grid.total());
        members.put("zoom", zoom);
        members.put("cellDegrees", grid.cellDegrees());
        return GeoJson.featureCollection(
                members, grid.cells().stream().map(EventGridApi::feature).toList());
    }

    private static Map<String, Object> feature(GridCell c) {
        Map<String, Object> types = new LinkedHashMap<>();
        c.types().forEach((t, n) -> types.put(t.code(), n));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("count", c.count());
        props.put("types", types);
        props.put("first", c.first().toString());
        props.put("last", c.last().toString());
        BoundingBox b = c.box();
        props.put("bbox", List.of(b.west(), b.south(), b.east(), b.north()));
        return GeoJson.feature(null, GeoJson.point(round(c.longitude()), round(c.latitude())), props);
    }

    /** Six decimals (~10 cm) are plenty for a centroid and keep the payload small. */
    private static double round(double degrees) {
        return Math.round(degrees * 1e6) / 1e6;
    }

    /** Leaflet zooms in halves (zoomSnap 0.5): a fractional zoom counts as the level below. */
    static int zoom(String text) {
        try {
            double z = Double.parseDouble(text.strip());
            if (z >= GridQuery.MIN_ZOOM && z <= GridQuery.MAX_ZOOM) {
                return (int) Math.floor(z);
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException(
                "zoom must be a number from " + GridQuery.MIN_ZOOM + " to " + GridQuery.MAX_ZOOM);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", e.getMessage()));
    }
}
