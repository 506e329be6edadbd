package org.frontlineatlas.reading;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontlineatlas.events.EventQuery;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.EventSource;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.PinEvidence;
import org.frontlineatlas.geojson.GeoJson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public, read-only event API: published events only. */
@RestController
@RequestMapping("/api")
public class EventsApi {

    private final EventService events;
    private final WindowReader windows;
    private final WindowAnswers answers;
    private final FeatureCollectionWriter features;

    public EventsApi(
            EventService events, WindowReader windows, WindowAnswers answers, FeatureCollectionWriter features) {
        this.events = events;
        this.windows = windows;
        this.answers = answers;
        this.features = features;
    }

    /**
     * GET /api/events?from=YYYY-MM-DD&to=YYYY-MM-DD&bbox=w,s,e,n&type=attack,capture&limit=3000.
     * The collection carries {@code total} (events matching) and {@code truncated}. With {@code limit},
     * a window holding more than that many events comes back with no features and truncated=true: a
     * map of an arbitrary part of the window would mislead, so the client asks /api/events/grid instead.
     */
    @GetMapping(
            value = "/events",
            produces = {"application/geo+json", "application/json"})
    public ResponseEntity<?> events(HttpServletRequest request) {
        // Read from the request itself: Spring's argument resolvers for these six optional values were
        // a tenth of the server's CPU on this, the map's most asked endpoint (LoadBench profile).
        WindowParams window = WindowParams.parse(request);
        String limit = request.getParameter("limit");
        String encoding = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
        boolean limited = limit != null && !limit.isBlank();
        int most = limited ? limit(limit) : EventQuery.MAX_LIMIT;
        EventQuery query = window.over(windows).orElse(null);
        if (query == null) {
            return ResponseEntity.ok().contentType(EventGeoJson.GEO_JSON).body(nothingPublished());
        }
        var key = new WindowAnswers.Key(
                "events",
                query.from(),
                query.to(),
                query.bbox() + "|" + query.types() + "|" + (limited ? most : "all"));
        return answers.answer(key, WindowAnswers.acceptsGzip(encoding), window(query, limited, most));
    }

    private WindowAnswers.Body window(EventQuery query, boolean limited, int most) {
        return out -> {
            // Counted first (in memory, or from the database's index alone): a window over the limit lists nothing.
            long total = windows.count(query);
            if (limited && total > most) {
                features.write(out, List.of(), total, true);
                return;
            }
            List<PublishedEventIndex.Entry> found = windows.findPublished(query);
            features.write(out, found, total, total > found.size());
        };
    }

    /** An empty collection in the shape of every window answer: count and truncation first, then the features. */
    private static Map<String, Object> nothingPublished() {
        Map<String, Object> members = new java.util.LinkedHashMap<>();
        members.put("total", 0);
        members.put("truncated", false);
        return GeoJson.featureCollection(members, List.of());
    }

    static int limit(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= EventQuery.MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("limit must be a whole number from 1 to " + EventQuery.MAX_LIMIT);
    }

    /**
     * GET /api/events/{id}: one published event with every source that reports it; with {@code lang=uk}
     * also {@code placeUk}, the gazetteer's Ukrainian name of its place when it has one.
     */
    @GetMapping(
            value = "/events/{id}",
            produces = {"application/geo+json", "application/json"})
    public ResponseEntity<Map<String, Object>> event(
            @PathVariable long id, @RequestParam(required = false) String lang) {
        return events.get(id)
                .filter(e -> e.status() == EventStatus.PUBLISHED)
                .map(e -> {
                    Map<String, Object> feature = new java.util.LinkedHashMap<>(EventGeoJson.feature(e));
                    feature.put(
                            "sources",
                            events.sourcesOf(id).stream().map(EventsApi::source).toList());
                    if ("uk".equals(lang)) {
                        feature.put(
                                "placeUk",
                                org.frontlineatlas.gazetteer.UkrainianNames.load()
                                        .of(e.gazetteerId())
                                        .orElse(null));
                    }
                    // The ETag is the version an editor sends back as If-Match to PUT a correction.
                    return ResponseEntity.ok()
                            .eTag("\"" + e.version() + "\"")
                            .contentType(EventGeoJson.GEO_JSON)
                            .body(feature);
                })
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("error", "no published event " + id)));
    }

    /** GET /api/histogram?type=: published events per start day over the whole range, for the slider. */
    @GetMapping("/histogram")
    public Map<String, Object> histogram(@RequestParam(required = false) List<String> type) {
        Set<EventType> wanted = WindowParams.types(type);
        return windows.publishedRange()
                .<Map<String, Object>>map(r -> Map.of(
                        "days",
                        windows
                                .countPerDay(EventQuery.published(r.first(), r.last())
                                        .withTypes(wanted))
                                .stream()
                                .map(d -> List.of(d.day().toString(), d.count()))
                                .toList()))
                .orElse(Map.of("days", List.of()));
    }

    private static Map<String, Object> source(EventSource s) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("title", s.title());
        m.put("publisher", s.publisher());
        m.put("url", s.url());
        m.put("publishedOn", s.publishedOn() == null ? null : s.publishedOn().toString());
        m.put("quote", s.quote());
        if (s.evidence() != null) {
            m.put("evidence", evidence(s.evidence()));
        }
        return m;
    }

    /** Why the machine pinned the event from this source: the words and the rule. */
    static Map<String, Object> evidence(PinEvidence why) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("trigger", why.trigger());
        m.put("placeRule", why.placeRule().code());
        m.put("place", why.placeText());
        m.put("date", why.dateText());
        return m;
    }

    /** GET /api/range: first and last day of published events (null when there are none). */
    @GetMapping("/range")
    public Map<String, Object> range() {
        return windows.publishedRange()
                .<Map<String, Object>>map(r ->
                        Map.of("first", r.first().toString(), "last", r.last().toString()))
                .orElse(Map.of());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<Map<String, String>> badRequest(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", e.getMessage()));
    }
}
