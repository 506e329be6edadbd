package org.frontlineatlas.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.frontlineatlas.events.GeoEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the demo events a fresh installation shows on first start (classpath {@code /demo/demo-events.csv}):
 * a reader who opens the empty map should see enough dated events, on the right spots, to scrub through.
 */
class DemoDataFileTest {

    private static final String RESOURCE = "/demo/demo-events.csv";
    private static final List<String> HEADER = List.of(
            "event_date",
            "event_date_end",
            "date_precision",
            "place_name",
            "latitude",
            "longitude",
            "geo_precision",
            "event_type",
            "summary",
            "confidence",
            "source_name",
            "source_url",
            "published_on");
    private static final Set<String> EVENT_TYPES = Set.of(
            "attack",
            "shelling_or_strike",
            "advance",
            "retreat",
            "capture",
            "liberation",
            "evacuation",
            "casualties",
            "claim",
            "aid",
            "diplomacy",
            "other");
    private static final Set<String> DATE_PRECISIONS = Set.of("DAY", "WEEK", "MONTH");
    // Full-scale invasion start .. the end of the years the demo tells.
    private static final LocalDate EARLIEST = LocalDate.of(2022, 2, 24);
    private static final LocalDate LATEST = LocalDate.of(2025, 12, 31);
    // Where a reference may point; anything else would be an address nobody checked.
    private static final Set<String> KNOWN_SOURCE_HOSTS = Set.of(
            "www.reuters.com",
            "apnews.com",
            "www.bbc.com",
            "www.bbc.co.uk",
            "www.understandingwar.org",
            "www.ohchr.org",
            "ukraine.un.org",
            "www.iaea.org",
            "www.theguardian.com",
            "kyivindependent.com",
            "www.pravda.com.ua",
            "www.gov.uk",
            "www.hrw.org",
            "www.amnesty.org",
            "www.unocha.org");

    private static List<Map<String, String>> rows;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = DemoDataFileTest.class.getResourceAsStream(RESOURCE)) {
            assertNotNull(in, RESOURCE + " is not on the classpath");
            List<List<String>> records = Rfc4180.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            assertEquals(HEADER, records.get(0), "header row");
            rows = new ArrayList<>();
            for (int i = 1; i < records.size(); i++) {
                List<String> record = records.get(i);
                assertEquals(HEADER.size(), record.size(), "field count in record " + i + ": " + record);
                Map<String, String> row = new HashMap<>();
                for (int c = 0; c < HEADER.size(); c++) {
                    row.put(HEADER.get(c), record.get(c));
                }
                rows.add(row);
            }
        }
    }

    @Test
    void hasEnoughEventsAndPlacesForTheTimeSlider() {
        assertTrue(rows.size() >= 400, "rows: " + rows.size());
        Set<String> places = rows.stream().map(r -> r.get("place_name")).collect(Collectors.toSet());
        assertTrue(places.size() >= 80, "distinct places: " + places.size());
        Set<String> days = rows.stream().map(r -> r.get("event_date")).collect(Collectors.toSet());
        assertTrue(days.size() >= 250, "distinct event dates: " + days.size());
    }

    @Test
    void everyYearOfTheWarHasASensibleShare() {
        // Scrubbing any year must show the war; the early months were the densest, so 2022 leads.
        Map<Integer, Long> byYear = rows.stream()
                .collect(Collectors.groupingBy(
                        r -> LocalDate.parse(r.get("event_date")).getYear(), Collectors.counting()));
        Map<Integer, Double> minShare = Map.of(2022, 0.30, 2023, 0.20, 2024, 0.12, 2025, 0.07);
        for (Map.Entry<Integer, Double> year : minShare.entrySet()) {
            double share = byYear.getOrDefault(year.getKey(), 0L) / (double) rows.size();
            assertTrue(
                    share >= year.getValue(),
                    year.getKey() + " has " + byYear.get(year.getKey()) + " of " + rows.size());
        }
        assertTrue(
                byYear.get(2022) > byYear.get(2023)
                        && byYear.get(2023) > byYear.get(2024)
                        && byYear.get(2024) > byYear.get(2025),
                "by year " + byYear);
    }

    @Test
    void everyQuarterFromTheInvasionOnHasEvents() {
        // So that play never runs through three empty months.
        Set<String> quarters = rows.stream()
                .map(r -> {
                    LocalDate d = LocalDate.parse(r.get("event_date"));
                    return d.getYear() + "Q" + ((d.getMonthValue() - 1) / 3 + 1);
                })
                .collect(Collectors.toSet());
        for (int year = 2022; year <= 2025; year++) {
            for (int q = 1; q <= 4; q++) {
                assertTrue(quarters.contains(year + "Q" + q), "no event in " + year + "Q" + q);
            }
        }
    }

    @Test
    void coversThePlacesOfTheSeedArticles() {
        Set<String> places = rows.stream().map(r -> r.get("place_name")).collect(Collectors.toSet());
        for (String expected : List.of(
                "Azovstal",
                "Mariupol",
                "Kharkiv",
                "Snake Island",
                "Bakhmut",
                "Klishchiivka",
                "Chasiv Yar",
                "Lviv",
                "Odesa",
                "Zaporizhzhia",
                "Belgorod",
                "Donetsk",
                "Sumy",
                "Kyiv",
                "Vremivka",
                "Donets")) {
            assertTrue(places.stream().anyMatch(p -> p.contains(expected)), "no place named like " + expected);
        }
    }

    @Test
    void everyCoordinateLiesInTheTheatre() {
        for (Map<String, String> row : rows) {
            double lat = Double.parseDouble(row.get("latitude"));
            double lon = Double.parseDouble(row.get("longitude"));
            String where = row.get("place_name") + " " + lat + "," + lon;
            assertTrue(lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180, "off the globe: " + where);
            // Ukraine (Uzhhorod 22.3 E .. Luhansk region 40.2 E, Crimea's south tip 44.4 N .. Chernihiv region
            // 52.4 N), Russia's border regions (Bryansk 53.2 N, Rostov 39.7 E) and the Black Sea with
            // Novorossiysk; a swapped lat/lon falls outside.
            assertTrue(lat >= 44.0 && lat <= 53.9 && lon >= 22.0 && lon <= 40.5, "outside the theatre: " + where);
        }
    }

    @Test
    void fieldsUseTheAgreedVocabularies() {
        for (Map<String, String> row : rows) {
            String where = row.get("place_name") + " " + row.get("event_date");
            assertTrue(EVENT_TYPES.contains(row.get("event_type")), "event_type of " + where);
            assertTrue(DATE_PRECISIONS.contains(row.get("date_precision")), "date_precision of " + where);
            int geoPrecision = Integer.parseInt(row.get("geo_precision"));
            assertTrue(geoPrecision >= 1 && geoPrecision <= 3, "geo_precision of " + where);
            double confidence = Double.parseDouble(row.get("confidence"));
            assertTrue(confidence >= 0 && confidence <= 1, "confidence of " + where);
            assertFalse(row.get("summary").isBlank(), "summary of " + where);
            assertFalse(row.get("summary").contains("\n"), "summary of " + where + " must be one line");
            assertFalse(row.get("source_name").isBlank(), "source_name of " + where);
            String url = row.get("source_url");
            assertTrue(
                    url.isEmpty()
                            || (url.startsWith("https://")
                                    && KNOWN_SOURCE_HOSTS.contains(
                                            java.net.URI.create(url).getHost())),
                    "source_url of " + where);
        }
    }

    @Test
    void datesFallInTheWarAndNeverAfterTheirArticle() {
        for (Map<String, String> row : rows) {
            String where = row.get("place_name") + " " + row.get("summary");
            LocalDate start = LocalDate.parse(row.get("event_date"));
            LocalDate published = LocalDate.parse(row.get("published_on"));
            assertTrue(!start.isBefore(EARLIEST) && !start.isAfter(LATEST), "event_date " + start + ": " + where);
            assertTrue(!published.isBefore(EARLIEST) && !published.isAfter(LATEST), "published_on: " + where);
            assertFalse(start.isAfter(published), "event after its report: " + where);
            if (!row.get("event_date_end").isEmpty()) {
                LocalDate end = LocalDate.parse(row.get("event_date_end"));
                assertFalse(end.isBefore(start), "range ends before it starts: " + where);
                assertFalse(end.isAfter(published), "range ends after its report: " + where);
                // GeoEvent refuses longer spans, and the loader would fail on first start.
                assertTrue(!end.isAfter(start.plusDays(GeoEvent.MAX_SPAN_DAYS)), "range longer than a month: " + where);
            }
        }
    }

    @Test
    void samePlaceDateAndTypeAppearOnlyOnce() {
        // The data model merges reports of the same place, date and type into one event.
        Set<String> seen = new HashSet<>();
        for (Map<String, String> row : rows) {
            String key = row.get("place_name") + "|" + row.get("event_date") + "|" + row.get("event_type");
            assertTrue(seen.add(key), "duplicate event " + key);
        }
    }

    @Test
    void knownPlacesSitWhereTheyAre() {
        assertPlaceNear("Kharkiv", 49.9935, 36.2304, 10);
        assertPlaceNear("Snake Island", 45.2553, 30.2042, 5);
        assertPlaceNear("Bakhmut", 48.5953, 38.0000, 10);
        assertPlaceNear("Lviv", 49.8397, 24.0297, 10);
        assertPlaceNear("Kyiv", 50.4501, 30.5234, 10);
        assertPlaceNear("Azovstal steel plant", 47.0983, 37.5960, 3);
        assertPlaceNear("Kherson", 46.6354, 32.6169, 10);
        assertPlaceNear("Avdiivka", 48.1394, 37.7497, 10);
        assertPlaceNear("Sudzha", 51.1900, 35.2700, 10);
        assertPlaceNear("Sevastopol", 44.6167, 33.5254, 10);
        assertPlaceNear("Pokrovsk", 48.2825, 37.1756, 10);
    }

    @Test
    void coversEveryFront() {
        Set<String> places = rows.stream().map(r -> r.get("place_name")).collect(Collectors.toSet());
        for (String expected : List.of(
                "Bucha",
                "Chernihiv",
                "Izium",
                "Sievierodonetsk",
                "Lysychansk",
                "Soledar",
                "Avdiivka",
                "Vuhledar",
                "Toretsk",
                "Kurakhove",
                "Kherson",
                "Robotyne",
                "Krynky",
                "Crimean Bridge",
                "Sevastopol",
                "Sudzha")) {
            assertTrue(places.contains(expected), "no event at " + expected);
        }
    }

    @Test
    void rangesAreMarkedWeekOrMonthAndDaysSpanAtMostOneNight() {
        // A DAY event may run overnight (end = next day); longer spans must say how vague they are.
        for (Map<String, String> row : rows) {
            String where = row.get("place_name") + " " + row.get("event_date");
            LocalDate start = LocalDate.parse(row.get("event_date"));
            String end = row.get("event_date_end");
            if (row.get("date_precision").equals("DAY")) {
                assertTrue(end.isEmpty() || !LocalDate.parse(end).isAfter(start.plusDays(1)), "DAY range of " + where);
            } else {
                assertFalse(end.isEmpty(), row.get("date_precision") + " without an end: " + where);
            }
        }
    }

    @Test
    void haversineMatchesAKnownDistance() {
        // Kyiv - Lviv is about 469 km great-circle; guards the helper the placement test relies on.
        double km = haversineKm(50.4501, 30.5234, 49.8397, 24.0297);
        assertTrue(km > 460 && km < 480, "Kyiv-Lviv " + km);
    }

    private static void assertPlaceNear(String place, double lat, double lon, double maxKm) {
        List<Map<String, String>> matches =
                rows.stream().filter(r -> r.get("place_name").equals(place)).toList();
        if (matches.isEmpty()) {
            fail("no event at " + place);
        }
        for (Map<String, String> row : matches) {
            double km = haversineKm(
                    lat, lon, Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude")));
            assertTrue(km <= maxKm, place + " is " + Math.round(km) + " km from where it should be");
        }
    }

    private static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.pow(Math.sin(dLat / 2), 2)
                + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
    }

    /** Minimal RFC 4180 reader: quoted fields, doubled quotes, CRLF or LF line ends, line breaks inside quotes. */
    static final class Rfc4180 {
        private Rfc4180() {}

        static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (i < text.length()) {
                char ch = text.charAt(i);
                if (quoted) {
                    if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    if (ch == '"') {
                        quoted = false;
                    } else {
                        field.append(ch);
                    }
                } else if (ch == '"' && field.isEmpty()) {
                    quoted = true;
                } else if (ch == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                } else if (ch == '\r' || ch == '\n') {
                    if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    record.add(field.toString());
                    field.setLength(0);
                    records.add(record);
                    record = new ArrayList<>();
                } else {
                    field.append(ch);
                }
                i++;
            }
            if (quoted) {
                throw new IllegalArgumentException("unterminated quoted field at end of input");
            }
            if (!field.isEmpty() || !record.isEmpty()) {
                record.add(field.toString());
                records.add(record);
            }
            return records;
        }
    }
}
