package org.frontlineatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.frontlineatlas.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * One event per place, first day and type among the events not rejected, held by the database:
 * articles ingested at the same moment (threads, several connections, as several instances would)
 * that report the same thing make one event with all their sources.
 */
@Tag("database")
class SameEventStorageTest {

    private static final String KHARKIV = "geonames:706483";
    private static final int ARTICLES_AT_ONCE = 6;
    private static final int ROUNDS = 8;

    private HikariDataSource ds;

    @AfterEach
    void close() {
        if (ds != null) {
            ds.close();
        }
    }

    private static SourcedEvent shelling(String place, String gid, LocalDate day, String quote) {
        GeoEvent e = GeoEvent.draft(
                day,
                day,
                DatePrecision.DAY,
                place,
                gid,
                49.9935,
                36.2304,
                1,
                EventType.SHELLING_OR_STRIKE,
                "Shelling in " + place,
                0.7,
                EventStatus.PROPOSED,
                EventOrigin.EXTRACTED,
                "Wire",
                null);
        return new SourcedEvent(e, List.of(new SourcedEvent.Quote(quote, 0, quote.length())));
    }

    private static GeoEvent movedTo(GeoEvent e, LocalDate day) {
        return e.with(d -> {
            d.date = day;
            d.dateEnd = day;
        });
    }

    private static NewArticle article(String body, LocalDate day) {
        return new NewArticle("Title", "Wire", null, day, body);
    }

    private long count(String sql, Object... params) {
        var statement = JdbcClient.create(ds).sql(sql);
        for (Object p : params) {
            statement = statement.param(p);
        }
        return statement.query(Long.class).single();
    }

    @Test
    void articlesIngestedAtOnceThatReportTheSameShellingMakeOneEvent() throws Exception {
        ds = TestDatabase.open("same-event");
        EventService service = EventService.on(ds);
        ExecutorService pool = Executors.newFixedThreadPool(ARTICLES_AT_ONCE);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                LocalDate day = LocalDate.of(2022, 5, 1).plusDays(round);
                CyclicBarrier together = new CyclicBarrier(ARTICLES_AT_ONCE);
                List<Future<IngestResult>> answers = new ArrayList<>();
                for (int n = 0; n < ARTICLES_AT_ONCE; n++) {
                    String body = "Report " + n + " of round " + round + ": shelling in Kharkiv.";
                    answers.add(pool.submit(() -> {
                        together.await(30, TimeUnit.SECONDS);
                        return service.ingest(
                                article(body, day), List.of(shelling("Kharkiv", KHARKIV, day, body)), "importer");
                    }));
                }
                int created = 0;
                int merged = 0;
                for (Future<IngestResult> answer : answers) {
                    IngestResult result = answer.get(60, TimeUnit.SECONDS);
                    created += result.eventsCreated();
                    merged += result.eventsMerged();
                }

                assertThat(count(
                                "SELECT COUNT(*) FROM geo_event WHERE gazetteer_id = ? AND event_date = ?",
                                KHARKIV,
                                day))
                        .as("events for Kharkiv on %s on %s", day, TestDatabase.name())
                        .isEqualTo(1);
                assertThat(count(
                                "SELECT COUNT(*) FROM event_source s JOIN geo_event e ON e.id = s.event_id"
                                        + " WHERE e.event_date = ?",
                                day))
                        .as("sources of that event")
                        .isEqualTo(ARTICLES_AT_ONCE);
                assertThat(created).as("events the answers say were created").isEqualTo(1);
                assertThat(merged).as("events the answers say were merged").isEqualTo(ARTICLES_AT_ONCE - 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anIngestThatMeetsAnotherStillWritingTheSameEventWaitsAndJoinsIt() throws Exception {
        ds = TestDatabase.open("same-event-slow");
        LocalDate day = LocalDate.parse("2022-05-20");
        SourcedEvent report = shelling("Kharkiv", KHARKIV, day, "Shelling again.");
        // Another instance's ingest of the same event, its transaction open for longer than H2's lock timeout.
        CountDownLatch inserted = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        Future<Long> otherIngest = other.submit(() -> {
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                long id = new EventRepository(JdbcClient.create(new SingleConnectionDataSource(c, true)))
                        .insertFound(report.event(), "other-instance", Instant.now());
                inserted.countDown();
                Thread.sleep(3_000);
                c.commit();
                return id;
            }
        });
        try {
            assertThat(inserted.await(30, TimeUnit.SECONDS)).isTrue();
            IngestResult mine =
                    EventService.on(ds).ingest(article("Shelling again.", day), List.of(report), "importer");

            assertThat(mine.eventsMerged()).isEqualTo(1);
            assertThat(count("SELECT COUNT(*) FROM geo_event")).isEqualTo(1);
            assertThat(count("SELECT event_id FROM event_source")).isEqualTo(otherIngest.get(30, TimeUnit.SECONDS));
        } finally {
            other.shutdownNow();
        }
    }

    @Test
    void aRejectedOrMovedEventNoLongerTakesTheReportsOfItsOldPlaceDayAndType() {
        ds = TestDatabase.open("same-event-rejected");
        EventService service = EventService.on(ds);
        LocalDate day = LocalDate.parse("2022-05-15");
        service.ingest(
                article("First report.", day), List.of(shelling("Kharkiv", KHARKIV, day, "First report.")), "importer");
        GeoEvent first = service.get(count("SELECT MIN(id) FROM geo_event")).orElseThrow();
        service.setStatus(first.id(), first.version(), EventStatus.REJECTED, "editor");

        IngestResult second = service.ingest(
                article("Second report.", day),
                List.of(shelling("Kharkiv", KHARKIV, day, "Second report.")),
                "importer");
        assertThat(second.eventsCreated())
                .as("a report like a rejected event makes a new one")
                .isEqualTo(1);

        GeoEvent created = service.get(count("SELECT MIN(id) FROM geo_event WHERE status <> 'REJECTED'"))
                .orElseThrow();
        service.update(movedTo(created, day.plusDays(1)), "editor");
        IngestResult third = service.ingest(
                article("Third report.", day), List.of(shelling("Kharkiv", KHARKIV, day, "Third report.")), "importer");
        assertThat(third.eventsCreated())
                .as("a report of the day the event was moved away from")
                .isEqualTo(1);
        IngestResult fourth = service.ingest(
                article("Fourth report.", day),
                List.of(shelling("Kharkiv", KHARKIV, day, "Fourth report.")),
                "importer");
        assertThat(fourth.eventsMerged())
                .as("another report of that day joins the new event")
                .isEqualTo(1);
    }

    @Test
    void aDatabaseThatAlreadyHoldsDuplicatesIsMigratedAndIngestJoinsTheFirstOfThem() {
        ds = unmigrated("same-event-upgrade");
        migrate(ds, "6");
        JdbcClient sql = JdbcClient.create(ds);
        LocalDate day = LocalDate.parse("2022-05-15");
        for (String status : List.of("REJECTED", "PUBLISHED", "PROPOSED", "PUBLISHED")) {
            sql.sql("""
                    INSERT INTO geo_event (event_date, event_date_end, date_precision, place_name, gazetteer_id,
                        latitude, longitude, geo_precision, event_type, summary, confidence, status, origin,
                        created_by, created_at)
                    VALUES (?, ?, 'DAY', 'Kharkiv', ?, 49.99, 36.23, 1, 'shelling_or_strike', 'Duplicate', 0.7, ?,
                        'EXTRACTED', 'old-version', CURRENT_TIMESTAMP)""").params(day, day, KHARKIV, status).update();
        }
        long firstNotRejected = count("SELECT MIN(id) FROM geo_event WHERE status <> 'REJECTED'");

        migrate(ds, "latest");
        IngestResult next = EventService.on(ds)
                .ingest(
                        article("A later report.", day),
                        List.of(shelling("Kharkiv", KHARKIV, day, "A later report.")),
                        "importer");

        assertThat(next.eventsMerged()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM geo_event"))
                .as("the old duplicates stay; nothing added")
                .isEqualTo(4);
        assertThat(count("SELECT event_id FROM event_source")).isEqualTo(firstNotRejected);
    }

    private static HikariDataSource unmigrated(String label) {
        HikariConfig config = new HikariConfig();
        if (TestDatabase.postgres()) {
            config.setJdbcUrl(TestDatabase.Postgres.urlFor(TestDatabase.newSchema(label)));
            config.setUsername(TestDatabase.Postgres.user());
            config.setPassword(TestDatabase.Postgres.password());
        } else {
            config.setJdbcUrl("jdbc:h2:mem:" + label + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
            config.setUsername("sa");
        }
        config.setMaximumPoolSize(2);
        return new HikariDataSource(config);
    }

    private static void migrate(HikariDataSource ds, String target) {
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration", "classpath:db/vendor/" + Database.vendor(ds))
                .target(target)
                .load()
                .migrate();
    }
}
