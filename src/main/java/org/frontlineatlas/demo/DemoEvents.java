package org.frontlineatlas.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.frontlineatlas.events.DatePrecision;
import org.frontlineatlas.events.EventOrigin;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.GeoEvent;

/**
 * The demo set shipped in the jar: events based on the five seed articles, in our own words.
 * Format: demo/demo-events.csv (header row; columns named as in geo_event).
 */
public final class DemoEvents {

    static final String RESOURCE = "/demo/demo-events.csv";

    private DemoEvents() {}

    public static List<GeoEvent> load() {
        try (InputStream in = DemoEvents.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo data missing from the classpath: " + RESOURCE);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<GeoEvent> parse(Reader reader) throws IOException {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        List<GeoEvent> events = new ArrayList<>();
        for (CSVRecord row : format.parse(reader)) {
            String end = row.get("event_date_end");
            events.add(GeoEvent.draft(
                    LocalDate.parse(row.get("event_date")),
                    end.isBlank() ? null : LocalDate.parse(end),
                    DatePrecision.valueOf(row.get("date_precision").trim().toUpperCase(Locale.ROOT)),
                    row.get("place_name"),
                    null,
                    Double.parseDouble(row.get("latitude")),
                    Double.parseDouble(row.get("longitude")),
                    Integer.parseInt(row.get("geo_precision").trim()),
                    EventType.fromCode(row.get("event_type"))
                            .orElseThrow(
                                    () -> new IllegalArgumentException("unknown type in row " + row.getRecordNumber())),
                    row.get("summary"),
                    Double.parseDouble(row.get("confidence")),
                    EventStatus.PUBLISHED,
                    EventOrigin.PINNED,
                    row.get("source_name"),
                    row.get("source_url")));
        }
        return events;
    }
}
