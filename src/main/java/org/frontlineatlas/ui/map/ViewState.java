package org.frontlineatlas.ui.map;

import static org.frontlineatlas.i18n.UiText.t;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontlineatlas.events.DateRange;
import org.frontlineatlas.events.EventType;

/**
 * The map view as read from a shared link: date, window, play speed and loop, filters, map centre
 * and zoom, the open event, and (present mode) the day autoplay stops at. Anything malformed or
 * out of range falls back to a default, with a note the page shows the reader. {@code types} empty
 * is no filter (every type) unless {@code noTypes}: every type unticked, {@code types=none} in the
 * link. frontend/atlas-view-state.ts writes these links; both follow src/test/resources/viewstate-cases.json.
 */
public record ViewState(
        LocalDate date,
        int windowDays,
        int speed,
        boolean loop,
        Set<EventType> types,
        boolean noTypes,
        String source,
        double minConfidence,
        Center center,
        Long eventId,
        LocalDate until,
        List<String> notes) {

    public static final int DEFAULT_WINDOW = 7;
    public static final int MAX_WINDOW = 366;
    public static final Set<Integer> SPEEDS = Set.of(1, 2, 4, 8);

    /** The one spelling of "every type unticked"; no filter is no (or an empty) {@code types} parameter. */
    public static final String NO_TYPES = "none";

    public record Center(double lat, double lon, double zoom) {}

    /** The type filter as the map element and the address spell it: '', 'none' or codes in the legend's order. */
    public String typesParam() {
        return noTypes ? NO_TYPES : types.stream().map(EventType::code).collect(Collectors.joining(","));
    }

    public static ViewState fromLink(Map<String, List<String>> query, DateRange range) {
        return new Reader(query, range).read();
    }

    /** Convenience for links that carry only date and window. */
    public static ViewState fromLink(Optional<String> date, Optional<String> window, DateRange range) {
        Map<String, List<String>> query = new java.util.HashMap<>();
        date.ifPresent(d -> query.put("date", List.of(d)));
        window.ifPresent(w -> query.put("window", List.of(w)));
        return fromLink(query, range);
    }

    private static final class Reader {
        private final Map<String, List<String>> query;
        private final DateRange range;
        private final List<String> notes = new ArrayList<>();

        Reader(Map<String, List<String>> query, DateRange range) {
            this.query = query;
            this.range = range;
        }

        ViewState read() {
            LocalDate date = param("date").map(this::date).orElse(range.last());
            int window = param("window").map(this::window).orElse(DEFAULT_WINDOW);
            int speed = param("speed").map(this::speed).orElse(1);
            boolean loop = param("loop")
                    .map(v -> v.equals("1") || v.equalsIgnoreCase("true"))
                    .orElse(false);
            boolean noTypes = param("types").filter(NO_TYPES::equalsIgnoreCase).isPresent();
            Set<EventType> types = noTypes
                    ? EnumSet.noneOf(EventType.class)
                    : param("types").map(this::types).orElse(EnumSet.noneOf(EventType.class));
            String source = param("source")
                    .map(s -> s.length() > 200 ? s.substring(0, 200) : s)
                    .orElse(null);
            double conf = param("conf").map(this::confidence).orElse(0.0);
            Center center = center();
            Long event = param("event").map(this::eventId).orElse(null);
            LocalDate until = param("to").map(this::until).orElse(null);
            return new ViewState(
                    date, window, speed, loop, types, noTypes, source, conf, center, event, until, List.copyOf(notes));
        }

        private Optional<String> param(String name) {
            return query.getOrDefault(name, List.of()).stream()
                    .findFirst()
                    .map(String::strip)
                    .filter(s -> !s.isEmpty());
        }

        private LocalDate date(String text) {
            try {
                LocalDate asked = LocalDate.parse(text);
                if (asked.isBefore(range.first())) {
                    notes.add(
                            t("link.dateBefore", asked.toString(), range.first().toString()));
                    return range.first();
                }
                if (asked.isAfter(range.last())) {
                    notes.add(t("link.dateAfter", asked.toString(), range.last().toString()));
                    return range.last();
                }
                return asked;
            } catch (DateTimeParseException e) {
                notes.add(t("link.badDate", shorten(text)));
                return range.last();
            }
        }

        private LocalDate until(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                notes.add(t("link.badUntil", shorten(text)));
                return null;
            }
        }

        private int window(String text) {
            try {
                int asked = Integer.parseInt(text);
                if (asked >= 0 && asked <= MAX_WINDOW) {
                    return asked;
                }
                notes.add(t("link.windowRange", shorten(text), MAX_WINDOW));
            } catch (NumberFormatException e) {
                notes.add(t("link.windowNotNumber", shorten(text)));
            }
            return DEFAULT_WINDOW;
        }

        private int speed(String text) {
            try {
                int asked = Integer.parseInt(text);
                if (SPEEDS.contains(asked)) {
                    return asked;
                }
            } catch (NumberFormatException ignored) {
                // falls through to the note
            }
            notes.add(t("link.badSpeed", shorten(text)));
            return 1;
        }

        private Set<EventType> types(String text) {
            Set<EventType> types = EnumSet.noneOf(EventType.class);
            List<String> unknown = new ArrayList<>();
            for (String code : text.split(",", -1)) {
                if (!code.isBlank()) {
                    EventType.fromCode(code).ifPresentOrElse(types::add, () -> unknown.add(code.strip()));
                }
            }
            if (!unknown.isEmpty()) {
                notes.add(t("link.badTypes", shorten(String.join(", ", unknown))));
            }
            // Every type listed is no filter, spelled as none (else the map would show a filter set).
            return types.size() == EventType.values().length ? EnumSet.noneOf(EventType.class) : types;
        }

        private double confidence(String text) {
            try {
                double asked = Double.parseDouble(text);
                if (asked >= 0 && asked <= 1) {
                    return asked + 0.0; // "-0" is 0, not -0.0 written back into the link
                }
            } catch (NumberFormatException ignored) {
                // falls through to the note
            }
            notes.add(t("link.badConfidence", shorten(text)));
            return 0;
        }

        private Center center() {
            Optional<String> lat = param("lat");
            Optional<String> lon = param("lon");
            Optional<String> zoom = param("zoom");
            if (lat.isEmpty() && lon.isEmpty() && zoom.isEmpty()) {
                return null;
            }
            try {
                double la = Double.parseDouble(lat.orElseThrow());
                double lo = Double.parseDouble(lon.orElseThrow());
                double z = Double.parseDouble(zoom.orElse("7"));
                if (la >= -85 && la <= 85 && lo >= -180 && lo <= 180 && z >= 3 && z <= 14) {
                    return new Center(la, lo, z);
                }
            } catch (RuntimeException ignored) {
                // falls through to the note
            }
            notes.add(t("link.badPosition"));
            return null;
        }

        private Long eventId(String text) {
            try {
                long id = Long.parseLong(text);
                if (id > 0) {
                    return id;
                }
            } catch (NumberFormatException ignored) {
                // falls through to the note
            }
            notes.add(t("link.badEvent", shorten(text)));
            return null;
        }
    }

    /** Notes quote what the reader sent; keep them short (they are shown as text, never as HTML). */
    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
