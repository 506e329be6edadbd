package org.frontlineatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.frontlineatlas.events.TestEvents.at;
import static org.frontlineatlas.events.TestEvents.published;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.frontlineatlas.reading.WindowReader;
import org.frontlineatlas.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The event store against a real database: H2 in memory (one test on a file), or PostgreSQL in its test pass. */
@Tag("database")
class EventServiceStorageTest {

    private HikariDataSource ds;
    private EventService service;
    private WindowReader windows;

    @BeforeEach
    void open() {
        ds = TestDatabase.open("events");
        service = EventService.on(ds);
        windows = WindowReader.on(ds);
        service.createAll(
                List.of(
                        published("Kharkiv", 49.9935, 36.2304, "2022-05-14", EventType.SHELLING_OR_STRIKE),
                        published("Mariupol", 47.0971, 37.5434, "2022-05-03", EventType.ATTACK),
                        published("Odesa", 46.4825, 30.7233, "2022-05-09", EventType.SHELLING_OR_STRIKE),
                        published("Bakhmut", 48.5953, 38.0000, "2023-07-06", EventType.ADVANCE),
                        published("Lviv", 49.8397, 24.0297, "2023-07-06", EventType.SHELLING_OR_STRIKE),
                        at("Sumy", 50.9077, 34.7981, "2022-05-14", EventType.ATTACK, EventStatus.PROPOSED)),
                "test");
    }

    @AfterEach
    void close() {
        ds.close();
    }

    @Test
    void windowReturnsPublishedEventsOverlappingTheDatesInDateOrder() {
        List<GeoEvent> week =
                service.find(EventQuery.published(LocalDate.parse("2022-05-08"), LocalDate.parse("2022-05-14")));

        assertThat(week).extracting(GeoEvent::placeName).containsExactly("Odesa", "Kharkiv");
    }

    @Test
    void proposedEventsStayOffTheReadersMap() {
        List<GeoEvent> day =
                service.find(EventQuery.published(LocalDate.parse("2022-05-14"), LocalDate.parse("2022-05-14")));

        assertThat(day).extracting(GeoEvent::placeName).containsExactly("Kharkiv");
    }

    @Test
    void boundingBoxKeepsOnlyEventsInside() {
        // A box around the eastern front: Bakhmut is in, Lviv in the far west is not.
        var query = EventQuery.published(LocalDate.parse("2023-07-01"), LocalDate.parse("2023-07-31"))
                .withBox(new BoundingBox(35.0, 47.0, 40.0, 50.0));

        assertThat(service.find(query)).extracting(GeoEvent::placeName).containsExactly("Bakhmut");
    }

    @Test
    void typeFilterKeepsOnlyTheAskedTypes() {
        var query = EventQuery.published(LocalDate.parse("2022-01-01"), LocalDate.parse("2024-01-01"))
                .withTypes(EnumSet.of(EventType.ATTACK, EventType.ADVANCE));

        assertThat(service.find(query)).extracting(GeoEvent::placeName).containsExactly("Mariupol", "Bakhmut");
    }

    @Test
    void anEventSpanningAWeekShowsInAWindowThatStartsAfterItBegan() {
        LocalDate start = LocalDate.parse("2022-06-01");
        service.create(
                GeoEvent.draft(
                        start,
                        start.plusDays(6),
                        DatePrecision.WEEK,
                        "Sievierodonetsk",
                        null,
                        48.9482,
                        38.4917,
                        1,
                        EventType.ATTACK,
                        "Street fighting over a week",
                        0.6,
                        EventStatus.PUBLISHED,
                        EventOrigin.PINNED,
                        null,
                        null),
                "test");

        var later = service.find(EventQuery.published(LocalDate.parse("2022-06-05"), LocalDate.parse("2022-06-05")));
        var after = service.find(EventQuery.published(LocalDate.parse("2022-06-08"), LocalDate.parse("2022-06-08")));

        assertThat(later).extracting(GeoEvent::placeName).containsExactly("Sievierodonetsk");
        assertThat(after).isEmpty();
    }

    @Test
    void publishedRangeSpansFirstToLastPublishedDay() {
        assertThat(windows.publishedRange())
                .contains(new DateRange(LocalDate.parse("2022-05-03"), LocalDate.parse("2023-07-06")));
    }

    @Test
    void publishedRangeEndsWithTheLastEndNotTheLastStartAndIgnoresProposals() {
        // A month-long report that began before the last single-day one ends after it.
        LocalDate start = LocalDate.parse("2023-06-20");
        service.create(
                GeoEvent.draft(
                        start,
                        start.plusDays(30),
                        DatePrecision.MONTH,
                        "Robotyne",
                        null,
                        47.4453,
                        35.8372,
                        2,
                        EventType.ATTACK,
                        "Fighting for the village through the month",
                        0.6,
                        EventStatus.PUBLISHED,
                        EventOrigin.PINNED,
                        null,
                        null),
                "test");
        service.create(at("Kupiansk", 49.71, 37.61, "2021-12-01", EventType.ATTACK, EventStatus.PROPOSED), "test");
        service.create(at("Kupiansk", 49.71, 37.61, "2024-12-01", EventType.ATTACK, EventStatus.PROPOSED), "test");

        assertThat(windows.publishedRange())
                .contains(new DateRange(LocalDate.parse("2022-05-03"), LocalDate.parse("2023-07-20")));
    }

    @Test
    void everyCreateLeavesAnAuditRowWithTheEventAfter() {
        GeoEvent stored = service.create(
                published("Chasiv Yar", 48.5860, 37.8350, "2024-05-13", EventType.SHELLING_OR_STRIKE), "editor1");

        var audit = JdbcClient.create(ds)
                .sql("SELECT changed_by, action, after_json FROM event_audit WHERE event_id = :id")
                .param("id", stored.id())
                .query()
                .singleRow();
        assertThat(audit.get("CHANGED_BY")).isEqualTo("editor1");
        assertThat(audit.get("ACTION")).isEqualTo("create");
        assertThat(audit.get("AFTER_JSON").toString()).contains("Chasiv Yar");
        assertThat(stored.createdBy()).isEqualTo("editor1");
        assertThat(stored.version()).isZero();
    }

    @Test
    void windowQueryIsServedByTheWindowIndex() {
        assumeFalse(TestDatabase.postgres(), "H2's plan; PostgreSQL's is checked in PostgisWindowQueryTest");
        String plan = JdbcClient.create(ds).sql("""
                EXPLAIN SELECT id FROM geo_event WHERE status IN ('PUBLISHED')
                AND event_date BETWEEN DATE '2022-04-01' AND DATE '2022-05-14' AND event_date_end >= DATE '2022-05-08'
                """).query(String.class).single();

        assertThat(plan).containsIgnoringCase("GEO_EVENT_WINDOW");
    }

    @Test
    void impossibleEventsAreRefusedBeforeTheyReachTheDatabase() {
        assertThatThrownBy(() -> published("Nowhere", 91.0, 30.0, "2022-05-01", EventType.OTHER))
                .hasMessageContaining("off the globe");
        assertThatThrownBy(() -> published("Kyiv", 50.45, 30.52, "+30000-01-01", EventType.OTHER))
                .hasMessageContaining("date must lie between");
        assertThatThrownBy(() -> GeoEvent.draft(
                        LocalDate.parse("2022-05-01"),
                        null,
                        DatePrecision.DAY,
                        "Kyiv",
                        null,
                        50.45,
                        30.52,
                        1,
                        EventType.OTHER,
                        "x",
                        0.5,
                        EventStatus.PUBLISHED,
                        EventOrigin.PINNED,
                        null,
                        "javascript:alert(1)"))
                .hasMessageContaining("http or https");
    }

    @Test
    void aFileDatabaseKeepsEventsAcrossRestarts(@TempDir Path dir) {
        assumeFalse(TestDatabase.postgres(), "the embedded H2 file database");
        String path = dir.resolve("atlas").toString();
        try (HikariDataSource first = Database.openFile(path)) {
            EventService.on(first)
                    .create(published("Snake Island", 45.2553, 30.2042, "2022-05-07", EventType.ATTACK), "test");
        }
        try (HikariDataSource again = Database.openFile(path)) {
            var found = EventService.on(again)
                    .find(EventQuery.published(LocalDate.parse("2022-05-07"), LocalDate.parse("2022-05-07")));
            assertThat(found).extracting(GeoEvent::placeName).containsExactly("Snake Island");
            assertThat(found.get(0).latitude()).isEqualTo(45.2553);
        }
        assertThat(dir.resolve("atlas.mv.db")).exists();
    }
}
