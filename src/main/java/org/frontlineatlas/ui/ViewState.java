package org.frontlineatlas.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.frontlineatlas.events.DateRange;
import org.frontlineatlas.events.EventType;

/**
 * The map view as read from a shared link: date, window, play speed and loop, filters, map centre
 * and zoom, the open event, and (present mode) the day autoplay stops at. Anything malformed or
 * out of range falls back to a default, with a note the page shows the reader.
 */
public record ViewState(LocalDate date, int windowDays, int speed, boolean loop, Set<EventType> types,
                        String source, double minConfidence, Center center, Long eventId, LocalDate until,
                        List<String> notes) {

    public static final int DEFAULT_WINDOW = 7;
    public static final int MAX_WINDOW = 366;
    public static final Set<Integer> SPEEDS = Set.of(1, 2, 4, 8);

    public record Center(double lat, double lon, double zoom) {
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
            boolean loop = param("loop").map(v -> v.equals("1") || v.equalsIgnoreCase("true")).orElse(false);
            Set<EventType> types = param("types").map(this::types).orElse(EnumSet.noneOf(EventType.class));
            String source = param("source").map(s -> s.length() > 200 ? s.substring(0, 200) : s).orElse(null);
            double conf = param("conf").map(this::confidence).orElse(0.0);
            Center center = center();
            Long event = param("event").map(this::eventId).orElse(null);
            LocalDate until = param("to").map(this::until).orElse(null);
            return new ViewState(date, window, speed, loop, types, source, conf, center, event, until, List.copyOf(notes));
        }

        private Optional<String> param(String name) {
            return query.getOrDefault(name, List.of()).stream().findFirst().map(String::strip).filter(s -> !s.isEmpty());
        }

        private LocalDate date(String text) {
            try {
                LocalDate asked = LocalDate.parse(text);
                if (asked.isBefore(range.first())) {
                    notes.add("The link's date " + asked + " is before the first report; showing " + range.first() + ".");
                    return range.first();
                }
                if (asked.isAfter(range.last())) {
                    notes.add("The link's date " + asked + " is after the last report; showing " + range.last() + ".");
                    return range.last();
                }
                return asked;
            } catch (DateTimeParseException e) {
                notes.add("Ignored the link's date \"" + shorten(text) + "\": not a date in the form YYYY-MM-DD; showing the latest reports.");
                return range.last();
            }
        }

        private LocalDate until(String text) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                notes.add("Ignored the link's end date \"" + shorten(text) + "\": not a date in the form YYYY-MM-DD.");
                return null;
            }
        }

        private int window(String text) {
            try {
                int asked = Integer.parseInt(text);
                if (asked >= 0 && asked <= MAX_WINDOW) {
                    return asked;
                }
                notes.add("Ignored the link's window \"" + shorten(text) + "\": choose 1 to " + MAX_WINDOW + " days or 0 (all so far); showing 7 days.");
            } catch (NumberFormatException e) {
                notes.add("Ignored the link's window \"" + shorten(text) + "\": not a number of days; showing 7 days.");
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
            notes.add("Ignored the link's speed \"" + shorten(text) + "\": choose 1, 2, 4 or 8 days per second.");
            return 1;
        }

        private Set<EventType> types(String text) {
            Set<EventType> types = EnumSet.noneOf(EventType.class);
            List<String> unknown = new ArrayList<>();
            for (String code : text.split(",")) {
                if (!code.isBlank()) {
                    EventType.fromCode(code).ifPresentOrElse(types::add, () -> unknown.add(code.strip()));
                }
            }
            if (!unknown.isEmpty()) {
                notes.add("Ignored unknown event types in the link: " + shorten(String.join(", ", unknown)) + ".");
            }
            return types;
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
            notes.add("Ignored the link's confidence \"" + shorten(text) + "\": give a number from 0 to 1.");
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
            notes.add("Ignored the link's map position: lat, lon and zoom must be numbers on the globe (zoom 3 to 14); showing Ukraine.");
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
            notes.add("Ignored the link's event \"" + shorten(text) + "\": not an event number.");
            return null;
        }
    }

    /** Notes quote what the reader sent; keep them short (they are shown as text, never as HTML). */
    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
