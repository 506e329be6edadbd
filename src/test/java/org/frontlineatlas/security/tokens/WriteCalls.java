package org.frontlineatlas.security.tokens;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.stream.Stream;
import org.frontlineatlas.events.DatePrecision;
import org.frontlineatlas.events.EventOrigin;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.GeoEvent;

/** Every write call of the API with a fresh body per call, for {@link BearerTokenHttpTest}. */
final class WriteCalls {

    static final String BOUNDARY = "atlas-test-boundary";

    private WriteCalls() {}

    /** One write call: its name, method, path, content type and a fresh body (each call writes something new). */
    record WriteCall(
            String name,
            String method,
            Function<EventService, String> path,
            String contentType,
            Function<Integer, String> body,
            boolean ifMatch) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every write the API has, each content type its own case (writeCallsCoverEveryWriteMapping keeps this list whole). */
    static Stream<WriteCall> all() {
        return Stream.of(
                new WriteCall(
                        "POST /api/articles json",
                        "POST",
                        e -> "/api/articles",
                        "application/json",
                        n -> "{\"text\":\"" + articleText(n) + "\",\"published\":\""
                                + articleDay(n).plusDays(1) + "\"}",
                        false),
                new WriteCall(
                        "POST /api/articles multipart",
                        "POST",
                        e -> "/api/articles",
                        "multipart/form-data; boundary=" + BOUNDARY,
                        n -> multipart(
                                "file",
                                "report-" + n + ".txt",
                                articleText(n),
                                articleDay(n).plusDays(1).toString()),
                        false),
                new WriteCall(
                        "POST /api/events/import geojson",
                        "POST",
                        e -> "/api/events/import",
                        "application/geo+json",
                        n -> "{\"type\":\"FeatureCollection\",\"features\":[" + feature(n) + "]}",
                        false),
                new WriteCall(
                        "POST /api/events/import csv",
                        "POST",
                        e -> "/api/events/import",
                        "text/csv",
                        n -> "event_date,event_type,location,latitude,longitude,notes\n" + day(n)
                                + ",attack,Kupiansk,49.71,37.61,Token test " + n + "\n",
                        false),
                new WriteCall(
                        "POST /api/events/import multipart",
                        "POST",
                        e -> "/api/events/import",
                        "multipart/form-data; boundary=" + BOUNDARY,
                        n -> multipart(
                                "file",
                                "events.geojson",
                                "{\"type\":\"FeatureCollection\",\"features\":[" + feature(n) + "]}",
                                null),
                        false),
                new WriteCall(
                        "POST /api/events",
                        "POST",
                        e -> "/api/events",
                        "application/geo+json",
                        WriteCalls::feature,
                        false),
                new WriteCall(
                        "PUT /api/events/{id}",
                        "PUT",
                        e -> "/api/events/" + anEvent(e).id(),
                        "application/geo+json",
                        WriteCalls::feature,
                        true),
                new WriteCall(
                        "POST /api/control/import geojson",
                        "POST",
                        e -> "/api/control/import",
                        "application/geo+json",
                        WriteCalls::areas,
                        false),
                new WriteCall(
                        "POST /api/control/import kml",
                        "POST",
                        e -> "/api/control/import",
                        "application/vnd.google-earth.kml+xml",
                        WriteCalls::kml,
                        false),
                new WriteCall(
                        "POST /api/control/import multipart",
                        "POST",
                        e -> "/api/control/import",
                        "multipart/form-data; boundary=" + BOUNDARY,
                        n -> multipart("file", "areas-" + n + ".geojson", areas(n), null),
                        false));
    }

    /** The event the PUT case edits: one pinned once, then reused. */
    static GeoEvent anEvent(EventService events) {
        LocalDate day = LocalDate.parse("2021-06-01");
        return events.withStatus(EventStatus.PUBLISHED, 1000).stream()
                .filter(e -> e.placeName().equals("Edited by tokens"))
                .findFirst()
                .orElseGet(() -> events.create(
                        GeoEvent.draft(
                                day,
                                day,
                                DatePrecision.DAY,
                                "Edited by tokens",
                                null,
                                49.71,
                                37.61,
                                1,
                                EventType.ATTACK,
                                "Before",
                                0.8,
                                EventStatus.PUBLISHED,
                                EventOrigin.PINNED,
                                "Test",
                                null),
                        "script-owner"));
    }

    /** A new day per article: the same place, day and type from two articles would be one event, changed without an audit row of its own. */
    static LocalDate articleDay(int n) {
        return LocalDate.parse("2022-03-01").plusDays(n);
    }

    static String articleText(int n) {
        return "Shelling in Kharkiv on "
                + articleDay(n)
                        .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH))
                + ".";
    }

    static String day(int n) {
        return LocalDate.parse("2023-01-01").plusDays(n).toString();
    }

    static String feature(int n) {
        return """
                {"type":"Feature","geometry":{"type":"Point","coordinates":[37.61,49.71]},
                 "properties":{"date":"%s","place":"Kupiansk","type":"attack","summary":"Token test %d"}}""".formatted(day(n), n);
    }

    /** One occupied square near Kupiansk, valid from day n: an area import. */
    static String areas(int n) {
        return """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Token test %d","status":"occupied",
                 "valid_from":"%s"},"geometry":{"type":"Polygon","coordinates":[[[37.5,49.6],[37.7,49.6],[37.7,49.8],[37.5,49.8],[37.5,49.6]]]}}]}""".formatted(n, day(n));
    }

    static String kml(int n) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Occupied token test %d</name>
                <TimeSpan><begin>%s</begin></TimeSpan><Polygon><outerBoundaryIs><LinearRing><coordinates>
                37.5,49.6,0 37.7,49.6,0 37.7,49.8,0 37.5,49.8,0 37.5,49.6,0</coordinates></LinearRing></outerBoundaryIs></Polygon>
                </Placemark></Document></kml>""".formatted(n, day(n));
    }

    static String multipart(String part, String filename, String content, String published) {
        String date = published == null
                ? ""
                : "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"published\"\r\n\r\n" + published
                        + "\r\n";
        return date + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + BOUNDARY
                + "--\r\n";
    }
}
