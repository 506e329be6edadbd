package org.frontlineatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoEventTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final GeoEvent izium =
            TestEvents.at("Izium", 49.21, 37.25, "2022-04-01", EventType.SHELLING_OR_STRIKE, EventStatus.PROPOSED);

    @Test
    void theFlatAccessorsReadThroughToTheParts() {
        assertThat(izium.when()).isEqualTo(new EventDates(LocalDate.parse("2022-04-01"), null, DatePrecision.DAY));
        assertThat(izium.where().precision()).isEqualTo(GeoPrecision.EXACT);
        assertThat(izium.geoPrecision()).isEqualTo(1);
        assertThat(izium.placeName()).isEqualTo(izium.where().name()).isEqualTo("Izium");
        assertThat(izium.status()).isEqualTo(izium.bookkeeping().status()).isEqualTo(EventStatus.PROPOSED);
        assertThat(izium.sourceName()).isEqualTo("Test wire");
        assertThat(izium.when().range()).isEqualTo(new DateRange(izium.date(), izium.dateEnd()));
    }

    @Test
    void aCopyThroughTheDraftIsCheckedAgain() {
        GeoEvent moved = izium.with(d -> {
            d.geoPrecision = 3;
            d.version = 4;
            d.dateEnd = LocalDate.parse("2022-04-05");
        });
        assertThat(moved.where().precision()).isEqualTo(GeoPrecision.REGION);
        assertThat(moved.version()).isEqualTo(4);
        assertThat(moved.dateEnd()).isEqualTo(LocalDate.parse("2022-04-05"));
        assertThat(moved.sameContentAs(izium)).isFalse();
        assertThat(izium.withStatus(EventStatus.PUBLISHED).with(d -> d.status = EventStatus.PROPOSED))
                .isEqualTo(izium);
        assertThatThrownBy(() -> izium.with(d -> d.geoPrecision = 4)).hasMessage("geo precision must be 1, 2 or 3");
        assertThatThrownBy(() -> izium.with(d -> d.latitude = 91)).hasMessageContaining("coordinates off the globe");
        assertThatThrownBy(() -> izium.with(d -> d.dateEnd = LocalDate.parse("2022-03-31")))
                .hasMessageContaining("date range must run forward");
        assertThatThrownBy(() -> izium.with(d -> d.placeName = " ")).hasMessage("place name is required");
        assertThatThrownBy(() -> izium.with(d -> d.summary = null)).hasMessage("summary is required");
        assertThatThrownBy(() -> izium.with(d -> d.confidence = 1.5)).hasMessageContaining("confidence");
    }

    @Test
    void textIsTrimmedAndAnOverlongSourceNameCut() {
        GeoEvent e = izium.with(d -> {
            d.placeName = "  Izium ";
            d.sourceName = "x".repeat(250);
        });
        assertThat(e.placeName()).isEqualTo("Izium");
        assertThat(e.sourceName()).hasSize(200);
        assertThat(izium.with(d -> d.sourceName = "  ").sourceName()).isNull();
    }

    @Test
    void geoPrecisionsKeepTheirStoredNumbers() {
        assertThat(List.of(GeoPrecision.values()))
                .extracting(GeoPrecision::code)
                .containsExactly(1, 2, 3);
        assertThat(GeoPrecision.of(2)).isEqualTo(GeoPrecision.NEAR);
        assertThatThrownBy(() -> GeoPrecision.of(0)).hasMessage("geo precision must be 1, 2 or 3");
    }

    @Test
    void auditActionsKeepTheirStoredWords() {
        assertThat(List.of(AuditAction.values()))
                .extracting(AuditAction::code)
                .containsExactly("create", "update", "publish", "reject", "propose", "delete", "restore");
        assertThat(AuditAction.of("restore")).isEqualTo(AuditAction.RESTORE);
        assertThat(AuditAction.forStatus(EventStatus.REJECTED)).isEqualTo(AuditAction.REJECT);
    }

    /** Audit rows written before the model had parts must read back, and new rows keep that layout. */
    @Test
    void auditJsonKeepsTheFlatLayoutOfEarlierRows() throws Exception {
        String earlier = """
                {"id":12,"date":"2022-04-01","dateEnd":"2022-04-02","datePrecision":"DAY","placeName":"Izium",
                 "gazetteerId":"geonames:707753","latitude":49.21,"longitude":37.25,"geoPrecision":2,
                 "type":"SHELLING_OR_STRIKE","summary":"Shelling reported","confidence":0.8,"status":"PUBLISHED",
                 "origin":"EXTRACTED","sourceName":"Wire","sourceUrl":"https://example.org/a","createdBy":"ed",
                 "createdAt":"2022-04-03T10:00:00Z","updatedBy":null,"updatedAt":null,"version":3}
                """;
        GeoEvent read = JSON.readValue(earlier, AuditedEvent.class).event();
        assertThat(read.id()).isEqualTo(12L);
        assertThat(read.where().precision()).isEqualTo(GeoPrecision.NEAR);
        assertThat(read.createdAt()).isEqualTo(Instant.parse("2022-04-03T10:00:00Z"));
        assertThat(read.version()).isEqualTo(3);

        var written = JSON.readTree(JSON.writeValueAsString(AuditedEvent.of(read)));
        List<String> names = new ArrayList<>();
        written.fieldNames().forEachRemaining(names::add);
        List<String> earlierNames = new ArrayList<>();
        JSON.readTree(earlier).fieldNames().forEachRemaining(earlierNames::add);
        assertThat(names).containsExactlyElementsOf(earlierNames);
        assertThat(JSON.readValue(JSON.writeValueAsString(AuditedEvent.of(read)), AuditedEvent.class)
                        .event())
                .isEqualTo(read);
    }

    @Test
    void dateRangesContainTheirEndsAndOverlapWhenTheyShareADay() {
        DateRange april = new DateRange(LocalDate.parse("2022-04-01"), LocalDate.parse("2022-04-30"));
        assertThat(april.contains(LocalDate.parse("2022-04-01"))).isTrue();
        assertThat(april.contains(LocalDate.parse("2022-04-30"))).isTrue();
        assertThat(april.contains(LocalDate.parse("2022-05-01"))).isFalse();
        assertThat(april.contains(LocalDate.parse("2022-03-31"))).isFalse();
        assertThat(april.overlaps(new DateRange(LocalDate.parse("2022-04-30"), LocalDate.parse("2022-05-03"))))
                .isTrue();
        assertThat(april.overlaps(new DateRange(LocalDate.parse("2022-03-01"), LocalDate.parse("2022-05-31"))))
                .isTrue();
        assertThat(april.overlaps(new DateRange(LocalDate.parse("2022-05-01"), LocalDate.parse("2022-05-03"))))
                .isFalse();
        assertThat(april.overlaps(new DateRange(LocalDate.parse("2022-03-01"), LocalDate.parse("2022-03-31"))))
                .isFalse();
        assertThatThrownBy(() -> new DateRange(LocalDate.parse("2022-04-02"), LocalDate.parse("2022-04-01")))
                .hasMessageContaining("must not end");
    }

    @Test
    void boxesContainTheirEdgesAndOverlapWhenTheyShareAPoint() {
        BoundingBox kharkiv = new BoundingBox(35, 49, 38, 51);
        assertThat(kharkiv.contains(50, 36.2)).isTrue();
        assertThat(kharkiv.contains(49, 35)).isTrue();
        assertThat(kharkiv.contains(51, 38)).isTrue();
        assertThat(kharkiv.contains(48.99, 36)).isFalse();
        assertThat(kharkiv.contains(50, 38.01)).isFalse();
        assertThat(kharkiv.overlaps(new BoundingBox(38, 51, 40, 52))).isTrue();
        assertThat(kharkiv.overlaps(new BoundingBox(30, 45, 40, 55))).isTrue();
        assertThat(kharkiv.overlaps(new BoundingBox(38.1, 49, 40, 51))).isFalse();
        assertThat(kharkiv.overlaps(new BoundingBox(35, 46, 38, 48.9))).isFalse();
    }
}
