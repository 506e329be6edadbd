package org.frontlineatlas.reading;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.frontlineatlas.bench.SyntheticEvents;
import org.frontlineatlas.events.BoundingBox;
import org.frontlineatlas.events.EventBulkLoader;
import org.frontlineatlas.events.EventChangeBroadcaster;
import org.frontlineatlas.events.EventQuery;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.EventWindowQueries;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.events.PublishedEventScan;
import org.frontlineatlas.events.TestEvents;
import org.frontlineatlas.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The in-memory index answers every public window exactly as the SQL window query does (which
 * events, in which order, how many, their grid, the range and the per-day counts), and stays so
 * through every kind of change once the change is applied.
 */
@Tag("database")
class PublishedEventIndexStorageTest {

    private HikariDataSource ds;
    private EventService service;
    private EventWindowQueries repository;
    private PublishedEventIndex index;

    @BeforeEach
    void threeYearsOfEventsWithRangesAndDrafts() {
        ds = TestDatabase.open("published-index");
        service = EventService.on(ds);
        repository = new EventWindowQueries(JdbcClient.create(ds));
        index = new PublishedEventIndex(new PublishedEventScan(JdbcClient.create(ds)));
        new EventBulkLoader(ds).load(new SyntheticEvents(6_000, 11), "test", n -> {});
        // What the synthetic set lacks: events spanning days (up to the longest allowed) and events not published.
        SplittableRandom random = new SplittableRandom(7);
        List<GeoEvent> more = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            LocalDate day = SyntheticEvents.FIRST_DAY.plusDays(random.nextInt(1_100));
            EventStatus status = EventStatus.values()[random.nextInt(EventStatus.values().length)];
            GeoEvent e = TestEvents.at(
                    "Place " + i,
                    44 + random.nextDouble() * 8,
                    22 + random.nextDouble() * 18,
                    day.toString(),
                    EventType.values()[random.nextInt(EventType.values().length)],
                    status);
            more.add(spanning(e, random.nextInt(GeoEvent.MAX_SPAN_DAYS + 1)));
        }
        service.createAll(more, "test");
    }

    @AfterEach
    void close() {
        ds.close();
    }

    @Test
    void answersEveryWindowAsTheDatabaseDoes() {
        assertThat(index.ready()).isFalse();
        index.load();
        assertThat(index.ready()).isTrue();
        assertThat(index.size()).isEqualTo(published());

        SplittableRandom random = new SplittableRandom(2022);
        for (int i = 0; i < 150; i++) {
            assertSameAsDatabase(randomQuery(random));
        }
        assertThat(index.range()).isEqualTo(repository.dateRange(EventStatus.PUBLISHED));
        var all = EventQuery.published(LocalDate.parse("2021-01-01"), LocalDate.parse("2026-01-01"));
        assertThat(index.countPerDay(all)).isEqualTo(repository.countPerDay(all));
        var attacks = all.withTypes(EnumSet.of(EventType.ATTACK, EventType.CAPTURE));
        assertThat(index.countPerDay(attacks)).isEqualTo(repository.countPerDay(attacks));
    }

    @Test
    void followsEveryKindOfChangeOnceApplied() {
        index.load();
        var june = EventQuery.published(LocalDate.parse("2023-06-01"), LocalDate.parse("2023-06-30"));
        var march = EventQuery.published(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31"));

        GeoEvent pinned =
                service.create(TestEvents.published("Kupiansk", 49.71, 37.61, "2023-06-10", EventType.ATTACK), "t");
        assertThat(index.find(june)).noneMatch(e -> e.id() == pinned.id()); // not applied yet: the index is a copy
        index.apply(change(pinned, pinned));
        assertThat(index.find(june)).anyMatch(e -> e.id() == pinned.id() && e.version() == pinned.version());
        assertSameAsDatabase(june);

        // A correction that moves it to another year: gone from June, in March, with its new version.
        GeoEvent moved = service.update(
                spanning(
                        new GeoEvent(
                                pinned.id(),
                                LocalDate.parse("2024-03-05"),
                                null,
                                pinned.datePrecision(),
                                "Kupiansk",
                                null,
                                49.72,
                                37.60,
                                1,
                                EventType.CAPTURE,
                                "moved",
                                0.9,
                                EventStatus.PUBLISHED,
                                pinned.origin(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                pinned.version()),
                        3),
                "t");
        index.apply(change(pinned, moved));
        assertThat(index.find(june)).noneMatch(e -> e.id() == pinned.id());
        assertThat(index.find(march))
                .anyMatch(e -> e.id() == pinned.id()
                        && e.version() == moved.version()
                        && e.dateEnd().equals(LocalDate.parse("2024-03-08"))
                        && e.type() == EventType.CAPTURE);
        assertSameAsDatabase(june);
        assertSameAsDatabase(march);

        GeoEvent rejected = service.setStatus(moved.id(), moved.version(), EventStatus.REJECTED, "t");
        index.apply(change(rejected, rejected));
        assertThat(index.find(march)).noneMatch(e -> e.id() == pinned.id());

        GeoEvent republished = service.setStatus(rejected.id(), rejected.version(), EventStatus.PUBLISHED, "t");
        index.apply(change(republished, republished));
        assertThat(index.find(march)).anyMatch(e -> e.id() == pinned.id());
        service.delete(republished.id(), republished.version(), "t");
        index.apply(change(republished, republished));
        assertThat(index.find(march)).noneMatch(e -> e.id() == pinned.id());
        assertSameAsDatabase(march);

        // An import: one change for all its days; and a change of unknown days re-reads everything.
        service.createAll(
                List.of(
                        TestEvents.published("Sumy", 50.91, 34.80, "2023-06-02", EventType.AID),
                        TestEvents.published("Orikhiv", 47.57, 35.78, "2024-03-20", EventType.ADVANCE)),
                "t");
        index.apply(new EventChangeBroadcaster.Change(
                0, "import", LocalDate.parse("2023-06-02"), LocalDate.parse("2024-03-20")));
        assertSameAsDatabase(june);
        assertSameAsDatabase(march);
        service.create(TestEvents.published("Sumy", 50.91, 34.80, "2023-06-03", EventType.AID), "t");
        index.apply(new EventChangeBroadcaster.Change(0, "seeded"));
        assertSameAsDatabase(june);
        assertThat(index.size()).isEqualTo(published());
    }

    @Test
    void aReReadTellsWhetherSomethingChangedBehindTheAppsBack() {
        assertThat(index.load()).as("first load").isTrue();
        assertThat(index.load()).as("nothing changed").isFalse();
        // A correction made in SQL by hand, without any announcement.
        JdbcClient.create(ds)
                .sql("UPDATE geo_event SET latitude = latitude + 0.01 WHERE id ="
                        + " (SELECT MIN(id) FROM geo_event WHERE status = 'PUBLISHED')")
                .update();
        assertThat(index.load()).isTrue();
        assertSameAsDatabase(
                EventQuery.published(GeoEvent.EARLIEST, GeoEvent.LATEST).withBox(new BoundingBox(22, 44, 40, 52)));
    }

    @Test
    void aChangeBeforeTheFirstLoadIsReadByIt() {
        GeoEvent early =
                service.create(TestEvents.published("Izium", 49.21, 37.25, "2022-09-10", EventType.CAPTURE), "t");
        index.apply(change(early, early));
        assertThat(index.ready()).isFalse();
        index.load();
        assertThat(index.find(EventQuery.published(early.date(), early.date()))).anyMatch(e -> e.id() == early.id());
    }

    @Test
    void anEmptyDatabaseHasNoRange() {
        ds.close();
        ds = TestDatabase.open("published-index-empty");
        var empty = new PublishedEventIndex(new PublishedEventScan(JdbcClient.create(ds)));
        empty.load();
        assertThat(empty.range()).isEmpty();
        assertThat(empty.count(EventQuery.published(GeoEvent.EARLIEST, GeoEvent.LATEST)))
                .isZero();
    }

    private long published() {
        return JdbcClient.create(ds)
                .sql("SELECT COUNT(*) FROM geo_event WHERE status = 'PUBLISHED'")
                .query(Long.class)
                .single();
    }

    /** The days a change touched, as EventEditing announces them: before and after. */
    private static EventChangeBroadcaster.Change change(GeoEvent before, GeoEvent after) {
        LocalDate from = before.date().isBefore(after.date()) ? before.date() : after.date();
        LocalDate to = before.dateEnd().isAfter(after.dateEnd()) ? before.dateEnd() : after.dateEnd();
        return new EventChangeBroadcaster.Change(after.id(), "test", from, to);
    }

    private static GeoEvent spanning(GeoEvent e, int days) {
        return e.with(d -> d.dateEnd = e.date().plusDays(days));
    }

    /** Windows of 1 to 90 days, sometimes past either end of the data, with and without a box and types. */
    private static EventQuery randomQuery(SplittableRandom random) {
        LocalDate from = SyntheticEvents.FIRST_DAY.minusDays(60).plusDays(random.nextInt(1_250));
        EventQuery q = EventQuery.published(from, from.plusDays(random.nextInt(90)));
        if (random.nextBoolean()) {
            double south = 44 + random.nextDouble() * 6;
            double west = 22 + random.nextDouble() * 14;
            q = q.withBox(
                    new BoundingBox(west, south, west + random.nextDouble() * 8, south + random.nextDouble() * 4));
        }
        if (random.nextInt(3) == 0) {
            Set<EventType> types = EnumSet.noneOf(EventType.class);
            for (EventType t : EventType.values()) {
                if (random.nextBoolean()) {
                    types.add(t);
                }
            }
            q = q.withTypes(types);
        }
        if (random.nextInt(4) == 0) {
            q = new EventQuery(q.from(), q.to(), q.bbox(), q.types(), q.statuses(), 1 + random.nextInt(40));
        }
        return q;
    }

    private void assertSameAsDatabase(EventQuery q) {
        List<Long> expected =
                repository.findInWindow(q).stream().map(GeoEvent::id).toList();
        assertThat(index.find(q).stream().map(PublishedEventIndex.Entry::id).toList())
                .as("ids of %s", q)
                .isEqualTo(expected);
        assertThat(index.count(q)).as("count of %s", q).isEqualTo(repository.countInWindow(q));
        long days = ChronoUnit.DAYS.between(q.from(), q.to());
        int zoom = days > 30 ? 5 : 8;
        EventGrid.Builder fromDatabase = new EventGrid.Builder(new GridQuery(q, zoom).cellDegrees());
        repository.scanWindow(q, fromDatabase);
        EventGrid.Builder fromIndex = new EventGrid.Builder(new GridQuery(q, zoom).cellDegrees());
        index.scanPoints(q, fromIndex);
        EventGrid want = fromDatabase.build();
        EventGrid got = fromIndex.build();
        assertThat(got.total()).isEqualTo(want.total());
        assertThat(got.cells()).hasSameSizeAs(want.cells());
        for (int i = 0; i < want.cells().size(); i++) {
            GridCell w = want.cells().get(i);
            GridCell g = got.cells().get(i);
            assertThat(g.count()).isEqualTo(w.count());
            assertThat(g.types()).isEqualTo(w.types());
            assertThat(g.first()).isEqualTo(w.first());
            assertThat(g.last()).isEqualTo(w.last());
            assertThat(g.box()).isEqualTo(w.box());
            // Sums of the same doubles in another order may differ in the last bits.
            assertThat(g.latitude()).isCloseTo(w.latitude(), Offset.offset(1e-9));
            assertThat(g.longitude()).isCloseTo(w.longitude(), Offset.offset(1e-9));
        }
    }
}
