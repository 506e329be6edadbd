package org.frontlineatlas.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.frontlineatlas.events.EventOrigin;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.input.GeoJsonFeatures;
import org.frontlineatlas.input.ImportRejectedException;
import org.frontlineatlas.input.IsoDay;
import org.frontlineatlas.reading.AcledCsv;

/**
 * Reads events to import from a GeoJSON FeatureCollection (the shape /api/events answers with) or
 * from CSV (the columns /api/events.csv writes). Every row is checked before anything is stored; one
 * bad row and the whole import is refused with every problem listed by row or feature number.
 */
final class EventImportReader {

    /** More than this in one request is a bulk load: use the import command. */
    static final int MAX_EVENTS = 20_000;

    private final ObjectMapper json = new ObjectMapper();
    private final EventStatus status;

    EventImportReader(EventStatus status) {
        this.status = status;
    }

    List<GeoEvent> geoJson(String text) {
        JsonNode features = GeoJsonFeatures.of(text);
        checkCount(features.size());
        List<GeoEvent> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            try {
                out.add(fromFeature(f));
            } catch (IllegalArgumentException e) {
                problems.add("feature " + (i + 1) + ": " + e.getMessage());
            }
        }
        return checked(out, problems);
    }

    /**
     * One event from a single GeoJSON Feature (POST and PUT /api/events): the same checks as a row of
     * an import; a problem is an IllegalArgumentException whose message says what is wrong.
     */
    GeoEvent oneFeature(String text) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("expected one GeoJSON Feature");
        }
        return fromFeature(root);
    }

    List<GeoEvent> csv(String text) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true)
                .setTrim(true)
                .get();
        List<GeoEvent> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = parser(text, format)) {
            Map<String, Integer> header = parser.getHeaderMap();
            for (String required : List.of("event_date", "event_type", "location", "latitude", "longitude", "notes")) {
                if (header.keySet().stream().noneMatch(h -> h.equalsIgnoreCase(required))) {
                    problems.add("the header has no " + required + " column");
                }
            }
            if (!problems.isEmpty()) {
                throw new ImportRejectedException(problems);
            }
            for (CSVRecord row : parser) {
                checkCount(out.size() + problems.size() + 1);
                // Line numbers as a spreadsheet shows them: the header is line 1.
                long line = row.getRecordNumber() + 1;
                try {
                    out.add(fromRow(name -> row.isMapped(name) && row.isSet(name) ? row.get(name) : null));
                } catch (IllegalArgumentException e) {
                    problems.add("line " + line + ": " + e.getMessage());
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw new ImportRejectedException(List.of("not valid CSV: " + e.getMessage()));
        }
        return checked(out, problems);
    }

    /** Commons CSV refuses a blank or duplicated header name with a bare IllegalArgumentException. */
    private static CSVParser parser(String text, CSVFormat format) throws IOException {
        try {
            return CSVParser.parse(new StringReader(text), format);
        } catch (IllegalArgumentException e) {
            throw new ImportRejectedException(
                    List.of("not valid CSV: the header line must name each column once (" + e.getMessage() + ")"));
        }
    }

    private static void checkCount(int n) {
        if (n > MAX_EVENTS) {
            throw new ImportRejectedException(List.of(
                    "more than " + MAX_EVENTS + " events in one request; split the file or use the import command"));
        }
    }

    private static List<GeoEvent> checked(List<GeoEvent> events, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        if (events.isEmpty()) {
            throw new ImportRejectedException(List.of("no events to import"));
        }
        return events;
    }

    private GeoEvent fromFeature(JsonNode f) {
        if (!"Feature".equals(f.path("type").asText())) {
            throw new IllegalArgumentException("not a GeoJSON Feature");
        }
        JsonNode geometry = f.path("geometry");
        JsonNode coordinates = geometry.path("coordinates");
        if (!"Point".equals(geometry.path("type").asText())
                || !coordinates.isArray()
                || coordinates.size() < 2
                || !coordinates.get(0).isNumber()
                || !coordinates.get(1).isNumber()) {
            throw new IllegalArgumentException("geometry must be a Point with [longitude, latitude]");
        }
        JsonNode p = f.path("properties");
        Function<String, String> text = name -> p.hasNonNull(name) ? p.get(name).asText() : null;
        return event(
                text.apply("date"),
                text.apply("dateEnd"),
                text.apply("datePrecision"),
                text.apply("place"),
                text.apply("gazetteerId"),
                coordinates.get(1).asDouble(),
                coordinates.get(0).asDouble(),
                text.apply("geoPrecision"),
                text.apply("type"),
                text.apply("summary"),
                text.apply("confidence"),
                text.apply("source"),
                text.apply("sourceUrl"));
    }

    private GeoEvent fromRow(Function<String, String> col) {
        return event(
                col.apply("event_date"),
                col.apply("event_date_end"),
                col.apply("time_precision"),
                col.apply("location"),
                col.apply("gazetteer_id"),
                number(col.apply("latitude"), "latitude"),
                number(col.apply("longitude"), "longitude"),
                col.apply("geo_precision"),
                col.apply("event_type"),
                unescaped(col.apply("notes")),
                col.apply("confidence"),
                unescaped(col.apply("source")),
                col.apply("source_url"));
    }

    private GeoEvent event(
            String date,
            String dateEnd,
            String precision,
            String place,
            String gazetteerId,
            double lat,
            double lon,
            String geoPrecision,
            String type,
            String summary,
            String confidence,
            String source,
            String sourceUrl) {
        LocalDate start = date(date, "date");
        LocalDate end = dateEnd == null || dateEnd.isBlank() ? start : date(dateEnd, "end date");
        EventType kind = EventType.fromCode(type)
                .orElseThrow(() -> new IllegalArgumentException(
                        type == null ? "type is required" : "unknown event type: " + type));
        return GeoEvent.draft(
                start,
                end,
                AcledCsv.datePrecision(precision == null ? null : precision.toLowerCase(Locale.ROOT)),
                place,
                gazetteerId == null || gazetteerId.isBlank() ? null : gazetteerId,
                lat,
                lon,
                geoPrecision == null || geoPrecision.isBlank() ? 1 : (int) number(geoPrecision, "geo precision"),
                kind,
                summary,
                confidence == null || confidence.isBlank() ? 1.0 : number(confidence, "confidence"),
                status,
                EventOrigin.PINNED,
                source,
                sourceUrl);
    }

    private static LocalDate date(String text, String what) {
        return IsoDay.parse(what, text, 1900, 2200); // the service holds events to the war's years
    }

    private static double number(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        try {
            double d = Double.parseDouble(text.strip());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a number: " + clip(text));
        }
    }

    /** Undoes the apostrophe the export puts before formula-like text. */
    private static String unescaped(String s) {
        return s != null && s.length() > 1 && s.charAt(0) == '\'' && "=+-@".indexOf(s.charAt(1)) >= 0
                ? s.substring(1)
                : s;
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
