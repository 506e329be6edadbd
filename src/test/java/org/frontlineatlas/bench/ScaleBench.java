package org.frontlineatlas.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import org.frontlineatlas.events.BoundingBox;
import org.frontlineatlas.events.Database;
import org.frontlineatlas.events.EventBulkLoader;
import org.frontlineatlas.events.EventQuery;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.reading.GridQuery;
import org.frontlineatlas.reading.WindowReader;
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
    /** Embedded H2 runs a query on the calling thread: its CPU time is the query's cost, whatever else the machine does. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Test
    void printScaleFigures() throws Exception {
        Path db = dbPath();
        try (HikariDataSource ds = Database.openFile(db.toString())) {
            EventService service = EventService.on(ds);
            long existing = service.count();
            if (existing == 0) {
                long start = System.nanoTime();
                long loaded = new EventBulkLoader(ds)
                        .load(new SyntheticEvents(EVENTS, SEED), SyntheticEvents.CREATED_BY, n -> {});
                System.out.printf(
                        "scale bench: generated and loaded %,d synthetic events into %s in %,d ms%n",
                        loaded, db, millisSince(start));
            } else {
                System.out.printf("scale bench: reusing %s with %,d events%n", db, existing);
            }
            WindowReader windows = WindowReader.on(ds);
            printQueryFigures(windows, "database");
            // What the app does before it takes requests: the published events into memory.
            long start = System.nanoTime();
            windows.publishedIndex().load();
            System.out.printf(
                    "scale bench: %,d published events loaded into memory in %,d ms%n",
                    windows.publishedIndex().size(), millisSince(start));
            printQueryFigures(windows, "in memory");
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

    /** The window, count and grid queries (from the database, or from the in-memory index once loaded). */
    private static void printQueryFigures(WindowReader service, String source) {
        SplittableRandom random = new SplittableRandom(7);
        int span = (int) ChronoUnit.DAYS.between(SyntheticEvents.FIRST_DAY, SyntheticEvents.LAST_DAY);
        // A random window of this many days per run: H2 reuses the result of an identical query.
        IntFunction<EventQuery> window = days -> {
            LocalDate to = SyntheticEvents.FIRST_DAY.plusDays(days - 1 + random.nextInt(span - days + 2));
            return EventQuery.published(to.minusDays(days - 1), to);
        };
        Map<String, Supplier<Integer>> queries = new LinkedHashMap<>();
        for (int days : new int[] {1, 7, 30}) {
            queries.put(
                    source + ": window " + days + " d, events",
                    () -> service.findPublished(window.apply(days)).size());
            queries.put(source + ": window " + days + " d, count", () -> (int) service.count(window.apply(days)));
        }
        for (int days : new int[] {30, 365}) {
            queries.put(
                    source + ": grid " + days + " d, zoom 6",
                    () -> service.grid(new GridQuery(window.apply(days), 6))
                            .cells()
                            .size());
        }
        queries.put(source + ": grid all so far, zoom 6", () -> {
            LocalDate to = SyntheticEvents.LAST_DAY.minusDays(random.nextInt(180));
            return service.grid(new GridQuery(EventQuery.published(SyntheticEvents.FIRST_DAY, to), 6))
                    .cells()
                    .size();
        });
        queries.put(source + ": grid all so far, zoom 10 bbox", () -> {
            LocalDate to = SyntheticEvents.LAST_DAY.minusDays(random.nextInt(180));
            var kherson = new BoundingBox(32.3, 46.45, 32.95, 46.8);
            return service.grid(new GridQuery(
                            EventQuery.published(SyntheticEvents.FIRST_DAY, to).withBox(kherson), 10))
                    .cells()
                    .size();
        });
        // Warm up every query first, so the JIT does not bill its work to whichever is measured first.
        queries.forEach((what, query) -> {
            for (int i = 0; i < Math.max(3, runs(what) / 5); i++) {
                Object unused = query.get(); // warm-up: the answer is not needed
            }
        });
        queries.forEach(ScaleBench::print);
    }

    private static int runs(String what) {
        return what.contains("all so far") || what.contains("365") ? Math.max(5, QUERIES / 10) : QUERIES;
    }

    /** Runs the query {@link #runs} times and prints median and p90. */
    private static void print(String what, Supplier<Integer> query) {
        int runs = runs(what);
        List<Double> times = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        long rows = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            rows += query.get();
            cpu.add((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e6);
            times.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(times);
        Collections.sort(cpu);
        System.out.printf(
                "scale bench: %-30s median %7.2f ms, p90 %7.2f ms; CPU median %6.2f ms (%d runs, %,d rows/cells on average)%n",
                what,
                times.get(times.size() / 2),
                times.get(times.size() * 9 / 10),
                cpu.get(cpu.size() / 2),
                runs,
                rows / runs);
    }

    static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }
}
