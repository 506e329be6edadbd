package org.frontlineatlas.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.frontlineatlas.events.Database;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.fuzz.HostileText;
import org.frontlineatlas.input.ImportRejectedException;

/**
 * Hostile GeoJSON and CSV for the event importer: wrong types, missing fields, huge numbers,
 * NaN/Infinity, coordinates off the globe, broken quoting. The reader either refuses the whole file
 * (ImportRejectedException, one-line problems) or returns events that are all valid and storable;
 * storing them adds exactly that many rows, and a refused file adds none.
 */
class EventImportFuzzTest {

    private static HikariDataSource ds;
    private static EventService service;

    @BeforeContainer
    static void open() {
        ds = Database.open("jdbc:h2:mem:import-fuzz-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        service = EventService.on(ds);
    }

    @AfterContainer
    static void close() {
        ds.close();
    }

    private static final List<String> NUMBERS = List.of(
            "0",
            "48.5",
            "-91",
            "91",
            "181",
            "-180",
            "1e400",
            "-1e400",
            "1e-400",
            "NaN",
            "Infinity",
            "\"48.5\"",
            "null",
            "true",
            "[]",
            "{}",
            "99999999999999999999999999",
            "37.8",
            "0.5",
            "-0",
            "1.7976931348623157E309");
    private static final List<String> TEXTS = List.of(
            "\"2023-05-01\"",
            "\"2023-02-30\"",
            "\"30000-01-01\"",
            "\"+10000-01-01\"",
            "\"\"",
            "null",
            "1",
            "\"attack\"",
            "\"capture\"",
            "\"NOPE\"",
            "\"<script>\"",
            "\"day\"",
            "\"month\"",
            "\"YEAR\"",
            "\"\\u0000\"",
            "[]",
            "{\"a\":1}");

    @Provide
    Arbitrary<String> geoJson() {
        Arbitrary<String> number = Arbitraries.of(NUMBERS);
        Arbitrary<String> text = Arbitraries.oneOf(
                Arbitraries.of(TEXTS),
                HostileText.mixed(8).map(s -> '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"'));
        Arbitrary<String> property = Combinators.combine(
                        Arbitraries.of(
                                "date",
                                "dateEnd",
                                "datePrecision",
                                "place",
                                "gazetteerId",
                                "geoPrecision",
                                "type",
                                "summary",
                                "confidence",
                                "source",
                                "sourceUrl"),
                        Arbitraries.oneOf(text, number))
                .as((k, v) -> "\"" + k + "\":" + v);
        Arbitrary<String> feature = Combinators.combine(
                        Arbitraries.of("\"Feature\"", "\"Point\"", "null", "7"),
                        Arbitraries.of("\"Point\"", "\"LineString\"", "null"),
                        number.list().ofMaxSize(4),
                        property.list().ofMaxSize(12))
                .as((type, geomType, coords, props) ->
                        "{\"type\":" + type + ",\"geometry\":{\"type\":" + geomType + ",\"coordinates\":["
                                + String.join(",", coords) + "]},\"properties\":{" + String.join(",", props) + "}}");
        Arbitrary<String> collection = feature.list()
                .ofMaxSize(8)
                .map(fs -> "{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", fs) + "]}");
        return Arbitraries.oneOf(
                collection,
                collection,
                collection,
                HostileText.any(),
                collection.map(c -> c.substring(0, c.length() / 2)));
    }

    @Provide
    Arbitrary<String> csv() {
        Arbitrary<String> cell = Arbitraries.oneOf(
                Arbitraries.of(
                        "2023-05-01",
                        "2023-02-30",
                        "attack",
                        "capture",
                        "Kharkiv",
                        "48.5",
                        "37.8",
                        "91",
                        "NaN",
                        "Infinity",
                        "1e400",
                        "",
                        "day",
                        "=cmd|' /C calc'!A0",
                        "\"",
                        "\"\"",
                        "\"a,b\"",
                        "0.5",
                        "-1",
                        "https://example.org"),
                HostileText.mixed(5),
                Arbitraries.strings().all().ofMaxLength(15));
        Arbitrary<String> header = Arbitraries.of(
                "event_date,event_type,location,latitude,longitude,notes",
                "event_date,event_date_end,time_precision,event_type,location,gazetteer_id,latitude,longitude,geo_precision,notes,confidence,source,source_url",
                "EVENT_DATE,Event_Type,location,latitude,longitude,notes,notes",
                "event_date,location,latitude",
                "");
        return Combinators.combine(
                        header,
                        cell.list()
                                .ofMinSize(1)
                                .ofMaxSize(14)
                                .map(cs -> String.join(",", cs))
                                .list()
                                .ofMaxSize(8),
                        Arbitraries.of("\n", "\r\n", "\r"))
                .as((h, rows, nl) -> h + nl + String.join(nl, rows));
    }

    @Property(tries = 1500)
    void geoJsonIsStoredWholeOrRefusedWhole(@ForAll("geoJson") String body) {
        EventImportReader reader = new EventImportReader(EventStatus.PUBLISHED);
        storesAllOrNothing(() -> reader.geoJson(body));
    }

    @Property(tries = 1500)
    void csvIsStoredWholeOrRefusedWhole(@ForAll("csv") String body) {
        EventImportReader reader = new EventImportReader(EventStatus.PROPOSED);
        storesAllOrNothing(() -> reader.csv(body));
    }

    /** Found by the fuzzer: an empty header name made Commons CSV throw past the importer's own checks. */
    @Example
    void anEmptyHeaderNameIsRefusedWithAReason() {
        EventImportReader reader = new EventImportReader(EventStatus.PUBLISHED);
        for (String body : List.of("\"\"\n1", ",\n1,2", "event_date,\"\"\n2023-05-01,x")) {
            assertThatThrownBy(() -> reader.csv(body))
                    .isInstanceOf(ImportRejectedException.class)
                    .hasMessageContaining("the header line must name each column once");
        }
    }

    private static void storesAllOrNothing(java.util.function.Supplier<List<GeoEvent>> read) {
        long before = service.count();
        List<GeoEvent> events;
        try {
            events = HostileText.bounded(read);
        } catch (ImportRejectedException refused) {
            assertThat(refused.getMessage()).isNotBlank();
            assertThat(service.count()).isEqualTo(before);
            return;
        }
        assertThat(events).isNotEmpty();
        for (GeoEvent e : events) {
            assertThat(e.latitude()).isBetween(-90.0, 90.0);
            assertThat(e.longitude()).isBetween(-180.0, 180.0);
            assertThat(e.confidence()).isBetween(0.0, 1.0);
            assertThat(e.dateEnd()).isAfterOrEqualTo(e.date());
        }
        int stored = HostileText.bounded(() -> service.createAll(events, "fuzz"));
        assertThat(stored).isEqualTo(events.size());
        assertThat(service.count()).isEqualTo(before + events.size());
    }
}
