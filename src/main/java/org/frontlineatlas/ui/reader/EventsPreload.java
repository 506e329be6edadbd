package org.frontlineatlas.ui.reader;

import com.vaadin.flow.server.VaadinRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontlineatlas.events.DateRange;
import org.frontlineatlas.reading.WindowReader;
import org.frontlineatlas.ui.map.ViewState;
import org.springframework.stereotype.Component;

/**
 * The reports request the reader's map makes first for the view in its link, so the bootstrap page
 * can ask for it ({@code <link rel=preload>}) while the browser still loads the bundle: the markers
 * then need not wait for the JavaScript and Vaadin's round trips before their data is asked for.
 * The address must be exactly the one frontend/atlas-window-fetch.ts builds (same parameters, same
 * order, same defaults as {@link MapPage} sets), or the browser fetches twice.
 */
@Component
public class EventsPreload {

    /** The map pages that open the reader's map from their link (present mode follows a tour instead). */
    private static final Set<String> MAP_PATHS = Set.of("", "/", "/embed");

    /** GRID_THRESHOLD in frontend/atlas-grid.ts: the map's first question asks for up to this many. */
    static final int LIMIT = 3000;

    private final WindowReader events;

    public EventsPreload(WindowReader events) {
        this.events = events;
    }

    /** The address (from the context path on) the map will fetch first, or empty for other pages. */
    public Optional<String> firstRequest(VaadinRequest request) {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        if (!MAP_PATHS.contains(path)) {
            return Optional.empty();
        }
        Map<String, List<String>> query = request.getParameterMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> Arrays.asList(e.getValue())));
        DateRange range = events.publishedRange()
                .orElse(new DateRange(LocalDate.now(ZoneOffset.UTC), LocalDate.now(ZoneOffset.UTC)));
        return firstRequest(ViewState.fromLink(query, range), range)
                .map(q -> request.getContextPath() + "/api/events?" + q);
    }

    /** The query string of the map's first reports request for this view; empty when it asks for none. */
    static Optional<String> firstRequest(ViewState view, DateRange range) {
        if (view.noTypes()) {
            return Optional.empty(); // every type unticked: the map asks the server for nothing
        }
        LocalDate from = view.windowDays() == 0 ? range.first() : view.date().minusDays(view.windowDays() - 1L);
        StringBuilder q = new StringBuilder()
                .append("from=")
                .append(from)
                .append("&to=")
                .append(view.date())
                .append("&limit=")
                .append(LIMIT);
        String types = view.typesParam();
        if (!types.isEmpty()) {
            q.append("&type=").append(URLEncoder.encode(types, StandardCharsets.UTF_8));
        }
        return Optional.of(q.toString());
    }
}
