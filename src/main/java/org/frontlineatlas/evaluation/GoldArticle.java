package org.frontlineatlas.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One article of the dev set with its gold annotation ({@code src/test/resources/devset/README.md}):
 * the places it names, the events an editor would pin, and the mentions that must not be pinned.
 */
public record GoldArticle(
        String name,
        Path text,
        LocalDate published,
        List<Toponym> toponyms,
        List<Event> events,
        List<Point> notPinned) {

    public record Toponym(String text, double lat, double lon, double toleranceKm) {}

    /** A gold event; {@code from}..{@code to} is one day or a window, inclusive. */
    public record Event(String place, double lat, double lon, double toleranceKm, LocalDate from, LocalDate to) {
        boolean dateFits(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    public record Point(String text, double lat, double lon) {}

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads {@code json}; the article text is {@code text}. A malformed file names itself in the message. */
    static GoldArticle read(Path json, Path text) {
        JsonNode root;
        try {
            root = JSON.readTree(json.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException(json + " is not valid JSON: " + e.getMessage(), e);
        }
        try {
            List<Toponym> toponyms = new ArrayList<>();
            for (JsonNode t : root.path("toponyms")) {
                toponyms.add(new Toponym(
                        t.get("text").asText(),
                        t.get("lat").asDouble(),
                        t.get("lon").asDouble(),
                        t.get("tolerance_km").asDouble()));
            }
            List<Event> events = new ArrayList<>();
            for (JsonNode e : root.path("events")) {
                LocalDate from = LocalDate.parse(
                        e.has("date")
                                ? e.get("date").asText()
                                : e.get("date_from").asText());
                LocalDate to = LocalDate.parse(
                        e.has("date")
                                ? e.get("date").asText()
                                : e.get("date_to").asText());
                events.add(new Event(
                        e.path("place").asText(),
                        e.get("lat").asDouble(),
                        e.get("lon").asDouble(),
                        e.get("tolerance_km").asDouble(),
                        from,
                        to));
            }
            List<Point> notPinned = new ArrayList<>();
            for (JsonNode n : root.path("not_pinned")) {
                notPinned.add(new Point(
                        n.path("text").asText(),
                        n.get("lat").asDouble(),
                        n.get("lon").asDouble()));
            }
            String name = json.getFileName().toString().replaceFirst("\\.json$", "");
            return new GoldArticle(
                    name, text, LocalDate.parse(root.get("published").asText()), toponyms, events, notPinned);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(json + " does not follow the gold format: " + e, e);
        }
    }
}
