package org.frontlineatlas.reading;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.frontlineatlas.events.BoundingBox;
import org.frontlineatlas.events.EventQuery;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.input.IsoDay;

/**
 * A window of published events as the public API takes it (from, to, type, bbox; each optional).
 * Parsing checks every parameter first, so a bad request is refused even when nothing is published.
 */
public record WindowParams(LocalDate from, LocalDate to, Set<EventType> types, BoundingBox bbox) {

    /** From the request's from, to, type (repeated or comma-separated) and bbox parameters. */
    public static WindowParams parse(jakarta.servlet.http.HttpServletRequest request) {
        String[] types = request.getParameterValues("type");
        return parse(
                request.getParameter("from"),
                request.getParameter("to"),
                types == null ? null : List.of(types),
                request.getParameter("bbox"));
    }

    public static WindowParams parse(String from, String to, List<String> type, String bbox) {
        return new WindowParams(
                from == null || from.isBlank() ? null : date("from", from),
                to == null || to.isBlank() ? null : date("to", to),
                types(type),
                bbox == null || bbox.isBlank() ? null : BoundingBox.parse(bbox));
    }

    /**
     * The query over published events, missing dates taken from their range; empty when none is
     * published. With both dates given (every request the map makes) the range is not asked for.
     */
    public Optional<EventQuery> over(WindowReader events) {
        if (from != null && to != null) {
            return Optional.of(EventQuery.published(from, to).withTypes(types).withBox(bbox));
        }
        return events.publishedRange()
                .map(range -> EventQuery.published(from == null ? range.first() : from, to == null ? range.last() : to)
                        .withTypes(types)
                        .withBox(bbox));
    }

    public static LocalDate date(String name, String text) {
        return IsoDay.parse(name, text, 1900, 2200);
    }

    public static Set<EventType> types(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return EnumSet.allOf(EventType.class);
        }
        Set<EventType> wanted = EnumSet.noneOf(EventType.class);
        for (String group : codes) {
            for (String code : group.split(",", -1)) {
                if (!code.isBlank()) {
                    wanted.add(EventType.fromCode(code)
                            .orElseThrow(() -> new IllegalArgumentException("unknown event type: " + code.strip())));
                }
            }
        }
        return wanted;
    }
}
