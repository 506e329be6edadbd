package org.frontlineatlas.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.frontlineatlas.events.TestEvents.published;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.frontlineatlas.bench.SyntheticEvents;
import org.frontlineatlas.events.BoundingBox;
import org.frontlineatlas.events.DatePrecision;
import org.frontlineatlas.events.EventBulkLoader;
import org.frontlineatlas.events.EventOrigin;
import org.frontlineatlas.events.EventQuery;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Counting and gridding a window agree with the events the window query returns. */
@Tag("database")
class EventGridStorageTest {

    private HikariDataSource ds;
    private EventService service;
    private WindowReader windows;

    @BeforeEach
    void open() {
        ds = TestDatabase.open("grid");
        service = EventService.on(ds);
        windows = WindowReader.on(ds);
    }

    @AfterEach
    void close() {
        ds.close();
    }

    @Test
    void eventsInOneTownShareACellCentredOnThem() {
        service.createAll(
                List.of(
                        published("Kharkiv", 49.99, 36.23, "2022-05-14", EventType.SHELLING_OR_STRIKE),
                        published("Kharkiv", 50.01, 36.25, "2022-05-14", EventType.SHELLING_OR_STRIKE),
                        published("Kharkiv", 50.00, 36.24, "2022-05-12", EventType.CASUALTIES),
                        published("Odesa", 46.48, 30.72, "2022-05-13", EventType.SHELLING_OR_STRIKE)),
                "test");

        EventGrid grid = windows.grid(
                new GridQuery(EventQuery.published(LocalDate.parse("2022-05-10"), LocalDate.parse("2022-05-14")), 6));

        assertThat(grid.total()).isEqualTo(4);
        assertThat(grid.cells()).hasSize(2);
        GridCell kharkiv = grid.cells().get(0); // busiest first
        assertThat(kharkiv.count()).isEqualTo(3);
        assertThat(kharkiv.latitude()).isCloseTo(50.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(kharkiv.longitude()).isCloseTo(36.24, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(kharkiv.types())
                .containsEntry(EventType.SHELLING_OR_STRIKE, 2L)
                .containsEntry(EventType.CASUALTIES, 1L);
        assertThat(kharkiv.first()).isEqualTo("2022-05-12");
        assertThat(kharkiv.last()).isEqualTo("2022-05-14");
        assertThat(kharkiv.box().south()).isLessThanOrEqualTo(49.99);
        assertThat(kharkiv.box().north()).isGreaterThanOrEqualTo(50.01);
    }

    @Test
    void countAndGridAgreeWithTheWindowQueryForAnyFilter() {
        new EventBulkLoader(ds).load(new SyntheticEvents(6_000, 5), "test", n -> {});
        var month = EventQuery.published(LocalDate.parse("2023-09-01"), LocalDate.parse("2023-11-30"));
        var queries = List.of(
                month,
                month.withBox(new BoundingBox(35.0, 47.0, 39.0, 49.0)),
                month.withTypes(EnumSet.of(EventType.AID, EventType.CLAIM)));
        for (EventQuery q : queries) {
            int found = service.find(q).size();
            assertThat(found).isPositive();
            assertThat(windows.count(q)).isEqualTo(found);
            for (int zoom : new int[] {4, 8, 12}) {
                EventGrid grid = windows.grid(new GridQuery(q, zoom));
                assertThat(grid.total()).isEqualTo(found);
                assertThat(grid.cells().stream().mapToLong(GridCell::count).sum())
                        .isEqualTo(found);
            }
        }
    }

    @Test
    void aWeekLongEventIsCountedInAWindowThatStartsAfterItBegan() {
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
        var later = EventQuery.published(LocalDate.parse("2022-06-05"), LocalDate.parse("2022-06-05"));

        assertThat(windows.count(later)).isEqualTo(1);
        assertThat(windows.grid(new GridQuery(later, 6)).total()).isEqualTo(1);
    }

    @Test
    void cellsHalveWithEachZoomLevel() {
        assertThat(new GridQuery(EventQuery.published(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1)), 6)
                        .cellDegrees())
                .isEqualTo(1.0546875);
        assertThat(new GridQuery(EventQuery.published(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 1)), 7)
                        .cellDegrees())
                .isEqualTo(1.0546875 / 2);
    }
}
