package org.frontlineatlas.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.frontlineatlas.events.Database;
import org.frontlineatlas.events.EventBulkLoader;
import org.frontlineatlas.events.EventQuery;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.GridQuery;
import org.frontlineatlas.events.SyntheticEvents;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Scripted scale run, not a test: generates synthetic events into an H2 file database, prints load
 * time and median/p90 times of the window and grid queries, then (unless -Dbench.browser=false)
 * starts the packaged jar on that database and measures the page in Chromium (see {@link ScaleBrowserRun}).
 * Sizes: -Dbench.events=100000 (default); -Dbench.db=PATH reuses or keeps a database.
 */
@Tag("bench")
class ScaleBench {

    private static final int EVENTS = Integer.getInteger("bench.events", 100_000);
    private static final int QUERIES = Integer.getInteger("bench.queries", 200);
    private static final long SEED = 20220224L;

    @Test
    void printScaleFigures() throws Exception {
        Path db = dbPath();
        try (HikariDataSource ds = Database.openFile(db.toString())) {
            EventService service = EventService.on(ds);
            long existing = service.count();
            if (existing == 0) {
                long start = System.nanoTime();
                long loaded = new EventBulkLoader(ds).load(new SyntheticEvents(EVENTS, SEED), SyntheticEvents.CREATED_BY, n -> { });
                System.out.printf("scale bench: generated and loaded %,d synthetic events into %s in %,d ms%n",
                        loaded, db, millisSince(start));
            } else {
                System.out.printf("scale bench: reusing %s with %,d events%n", db, existing);
            }
            printQueryFigures(service);
        }
        if (!"false".equals(System.getProperty("bench.browser"))) {
            new ScaleBrowserRun(db).printFigures();
        }
    }

    private static Path dbPath() throws Exception {
        String configured = System.getProperty("bench.db");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured).toAbsolutePath();
        }
        return Files.createTempDirectory("atlas-scale").resolve("atlas");
    }

    private static void printQueryFigures(EventService service) {
        SplittableRandom random = new SplittableRandom(7);
        int span = (int) SyntheticEvents.FIRST_DAY.until(SyntheticEvents.LAST_DAY, java.time.temporal.ChronoUnit.DAYS);
        for (int days : new int[] {1, 7, 30}) {
            Supplier<Integer> one = () -> {
                LocalDate to = SyntheticEvents.FIRST_DAY.plusDays(days - 1 + random.nextInt(span - days + 1));
                return service.find(EventQuery.published(to.minusDays(days - 1), to)).size();
            };
            print("window " + days + " d, full events", one);
            Supplier<Integer> count = () -> {
                LocalDate to = SyntheticEvents.FIRST_DAY.plusDays(days - 1 + random.nextInt(span - days + 1));
                return (int) service.count(EventQuery.published(to.minusDays(days - 1), to));
            };
            print("window " + days + " d, count only", count);
        }
        for (int days : new int[] {30, 365}) {
            Supplier<Integer> grid = () -> {
                LocalDate to = SyntheticEvents.FIRST_DAY.plusDays(days - 1 + random.nextInt(span - days + 1));
                return service.grid(new GridQuery(EventQuery.published(to.minusDays(days - 1), to), 6)).cells().size();
            };
            print("grid " + days + " d, zoom 6", grid);
        }
        Supplier<Integer> all = () -> service.grid(new GridQuery(
                EventQuery.published(SyntheticEvents.FIRST_DAY, SyntheticEvents.LAST_DAY), 6)).cells().size();
        print("grid all 3 years, zoom 6", all);
    }

    /** Runs the query a few times to warm up, then {@link #QUERIES} times, and prints median and p90. */
    private static void print(String what, Supplier<Integer> query) {
        int warm = Math.max(5, QUERIES / 10);
        int runs = what.startsWith("grid all") ? Math.max(5, QUERIES / 20) : QUERIES;
        for (int i = 0; i < warm; i++) {
            query.get();
        }
        List<Double> times = new ArrayList<>();
        long rows = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            rows += query.get();
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        System.out.printf("scale bench: %-28s median %7.2f ms, p90 %7.2f ms (%d runs, %,d rows/cells on average)%n",
                what, times.get(times.size() / 2), times.get(times.size() * 9 / 10), runs, rows / runs);
    }

    static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
