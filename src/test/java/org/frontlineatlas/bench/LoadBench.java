package org.frontlineatlas.bench;

import static org.frontlineatlas.bench.LoadBenchSetup.CITIES;
import static org.frontlineatlas.bench.LoadBenchSetup.EDITOR_PASSWORD;
import static org.frontlineatlas.bench.LoadBenchSetup.EDITOR_PREFIX;
import static org.frontlineatlas.bench.LoadBenchSetup.PIN_PLACES;
import static org.frontlineatlas.bench.LoadBenchSetup.PIN_TYPES;
import static org.frontlineatlas.bench.LoadBenchSetup.UKRAINE;
import static org.frontlineatlas.bench.LoadBenchSetup.feature;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.frontlineatlas.bench.LoadBenchSetup.View;
import org.frontlineatlas.testing.PackagedApp;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Load run, not a test: the packaged jar on an H2 file database of 100,000 synthetic events, with
 * 200 readers scrubbing the time slider and 10 editors pinning and correcting reports, all over real
 * HTTP on loopback. Prints throughput, median / p90 / p99 / max latency and errors per kind of request,
 * and the server's heap from its GC log (-Xlog:gc) and CPU time.
 * <p>
 * A reader does what the map page does on each slider step (frontend/atlas-map.ts, loadEvents):
 * GET /api/events?from&to&limit=3000 for the whole map; when that window holds more than 3,000
 * reports (truncated), the same for the view's bbox; when still truncated, GET /api/events/grid for the
 * view at its zoom. Each reader scrubs 10-40 days forward from a random day with a 1, 7 or 30-day
 * window over the whole of Ukraine (zoom 6) or a city (zoom 9), waiting 50-200 ms between steps, then
 * starts again elsewhere. An editor signs in over HTTP (the sign-in form and its CSRF token), then
 * pins a report (POST /api/events) and corrects it (PUT with If-Match), about a second apart.
 * <p>
 * Options: -Dbench.seconds=130 (measured), -Dbench.warmup=20, -Dbench.readers=200, -Dbench.editors=10,
 * -Dbench.events=100000, -Dbench.db=PATH (keep or reuse the database; the last run's pins are deleted
 * first), -Dbench.jvm="-Xmx1g ..." (the app's JVM options). Bounded: 40 minutes at most in all.
 */
@Tag("bench")
class LoadBench {

    private static final int SECONDS = Integer.getInteger("bench.seconds", 130);
    private static final int WARMUP = Integer.getInteger("bench.warmup", 20);
    private static final int READERS = Integer.getInteger("bench.readers", 200);
    private static final int EDITORS = Integer.getInteger("bench.editors", 10);
    private static final int EVENTS = Integer.getInteger("bench.events", 100_000);
    private static final long SEED = 20220224L;
    /** What the map asks for: more than this many reports in a window and it switches to the view, then the grid. */
    private static final int GRID_THRESHOLD = 3000;

    private volatile boolean stop;
    private volatile long measureFrom = Long.MAX_VALUE;
    private volatile long measureTo = Long.MAX_VALUE;

    /** One worker's samples, before and during the measured span. */
    private static final class Worker {
        final Map<String, LoadSamples> measured = new LinkedHashMap<>();
        final LoadSamples warmupErrors = new LoadSamples();

        LoadSamples of(String kind) {
            return measured.computeIfAbsent(kind, k -> new LoadSamples());
        }
    }

    @Test
    @Timeout(value = 40, unit = TimeUnit.MINUTES)
    void printLoadFigures() throws Exception {
        if (SECONDS < 1
                || SECONDS > 1800
                || WARMUP < 0
                || WARMUP > 600
                || READERS < 0
                || READERS > 2000
                || EDITORS < 0
                || EDITORS > 100) {
            throw new IllegalArgumentException(
                    "bench.seconds 1-1800, bench.warmup 0-600, bench.readers 0-2000, bench.editors 0-100");
        }
        Path work = Files.createTempDirectory("atlas-load");
        Path db = LoadBenchSetup.dbPath(work);
        LoadBenchSetup.prepareDatabase(db, EVENTS, SEED, EDITORS);
        String loadBefore = LoadReport.loadAverage();
        Path gcLog = work.resolve("gc.log");
        List<String> jvm = new ArrayList<>(List.of("-Xlog:gc,gc+init:file=" + gcLog));
        String extra = System.getProperty("bench.jvm", "");
        if (!extra.isBlank()) {
            jvm.addAll(List.of(extra.trim().split("\\s+")));
        }
        try (PackagedApp app = PackagedApp.start(
                jvm,
                work.resolve("app.log"),
                "--atlas.db.path=" + db,
                "--atlas.demo-data=false",
                "--atlas.admin.password=load-bench-admin-password")) {
            long upMs = app.awaitHttp(Duration.ofSeconds(120));
            System.out.printf(
                    "load bench: app answers %,d ms after java -jar (pid %d); load average before the run: %s%n",
                    upMs, app.process().pid(), loadBefore);
            run(app, gcLog, loadBefore);
        }
        System.out.printf("load bench: app log and GC log in %s%n", work);
    }

    private void run(PackagedApp app, Path gcLog, String loadBefore) throws Exception {
        String base = app.base();
        List<Worker> readers = new ArrayList<>();
        List<Worker> editors = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < READERS; i++) {
            Worker w = new Worker();
            readers.add(w);
            long seed = SEED + i;
            threads.add(daemon("reader-" + i, () -> readerLoop(base, w, new SplittableRandom(seed))));
        }
        for (int i = 0; i < EDITORS; i++) {
            Worker w = new Worker();
            editors.add(w);
            int n = i;
            threads.add(daemon("editor-" + i, () -> editorLoop(base, n, w, new SplittableRandom(SEED * 31 + n))));
        }
        threads.forEach(Thread::start);

        Thread.sleep(TimeUnit.SECONDS.toMillis(WARMUP));
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Duration serverCpu0 = app.process().info().totalCpuDuration().orElse(Duration.ZERO);
        long clientCpu0 = os.getProcessCpuTime();
        double upFrom = app.millisSinceStart() / 1000.0;
        measureFrom = System.nanoTime();
        Thread.sleep(TimeUnit.SECONDS.toMillis(SECONDS));
        measureTo = System.nanoTime();
        double upTo = app.millisSinceStart() / 1000.0;
        Duration serverCpu1 = app.process().info().totalCpuDuration().orElse(Duration.ZERO);
        long clientCpu1 = os.getProcessCpuTime();
        String loadAfter = LoadReport.loadAverage();
        stop = true;
        long joinDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(LoopbackHttp.READ_TIMEOUT_MS / 1000 + 15);
        for (Thread t : threads) {
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(joinDeadline - System.nanoTime())));
            if (t.isAlive()) {
                t.interrupt();
            }
        }

        double seconds = (measureTo - measureFrom) / 1e9;
        System.out.printf(
                "%nload bench: %d readers, %d editors on %,d events (H2 file), %d s measured after %d s warm-up;"
                        + " loopback; client and server share this machine's %d cores%n",
                READERS,
                EDITORS,
                EVENTS,
                Math.round(seconds),
                WARMUP,
                Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "%-28s %9s %8s %9s %9s %9s %9s %7s%n",
                "requests", "count", "req/s", "median", "p90", "p99", "max", "errors");
        Map<String, LoadSamples> r = merge(readers);
        Map<String, LoadSamples> w = merge(editors);
        LoadSamples allReads = LoadReport.total(r, "events", "events in view", "grid");
        LoadReport.row("reads (all GETs)", allReads, seconds);
        LoadReport.row("  events, whole map", r.get("events"), seconds);
        LoadReport.row("  events, in view (bbox)", r.get("events in view"), seconds);
        LoadReport.row("  grid (bbox, zoom)", r.get("grid"), seconds);
        LoadReport.row("slider step (1-3 GETs)", r.get("step"), seconds);
        LoadSamples allWrites = LoadReport.total(w, "pin", "edit");
        LoadReport.row("writes (all)", allWrites, seconds);
        LoadReport.row("  pin (POST /api/events)", w.get("pin"), seconds);
        LoadReport.row("  edit (PUT /api/events/id)", w.get("edit"), seconds);
        System.out.printf("read volume: %,.1f MB/s over the wire (gzipped JSON)%n", allReads.bytes() / seconds / 1e6);
        LoadReport.printErrors("reads", allReads);
        LoadReport.printErrors("writes", allWrites);
        LoadReport.printErrors("sign-in", LoadReport.total(w, "sign-in"));
        int warmupErrors = readers.stream()
                        .mapToInt(x -> x.warmupErrors.errorCount())
                        .sum()
                + editors.stream().mapToInt(x -> x.warmupErrors.errorCount()).sum();
        System.out.printf("errors during warm-up (not counted above): %d%n", warmupErrors);

        GcLog.Summary gc = GcLog.read(gcLog, upFrom, upTo);
        System.out.printf(
                "server heap (GC log, measured span): live heap (most used after a GC) %.0f MB, most used before"
                        + " a GC %.0f MB, committed %.0f MB of %s max; %d GC pauses (%d full), %.0f ms in all, longest %.1f ms%n",
                gc.maxAfterMb(),
                gc.maxBeforeMb(),
                gc.maxCommittedMb(),
                LoadReport.maxHeap(gcLog),
                gc.pauses(),
                gc.fullPauses(),
                gc.totalPauseMs(),
                gc.maxPauseMs());
        System.out.printf(
                "CPU over the measured span: server %.2f cores, bench client %.2f cores; load average before %s, at the end %s%n",
                (serverCpu1.toNanos() - serverCpu0.toNanos()) / 1e9 / seconds,
                (clientCpu1 - clientCpu0) / 1e9 / seconds,
                loadBefore,
                loadAfter);
    }

    private static Thread daemon(String name, Runnable body) {
        Thread t = new Thread(body, name);
        t.setDaemon(true);
        return t;
    }

    // ---- the simulated people

    private void readerLoop(String base, Worker w, SplittableRandom random) {
        LoopbackHttp http = new LoopbackHttp();
        LocalDate first = SyntheticEvents.FIRST_DAY;
        int span = (int) ChronoUnit.DAYS.between(first, SyntheticEvents.LAST_DAY);
        while (!stop) {
            double pick = random.nextDouble();
            int window = pick < 0.3 ? 1 : pick < 0.8 ? 7 : 30;
            View view = random.nextDouble() < 0.7 ? UKRAINE : CITIES.get(random.nextInt(CITIES.size()));
            LocalDate day = first.plusDays(random.nextInt(span + 1));
            int steps = 10 + random.nextInt(31);
            for (int s = 0; s < steps && !stop; s++) {
                sliderStep(http, base, w, day, window, view);
                pause(50 + random.nextInt(151));
                day = day.isBefore(SyntheticEvents.LAST_DAY) ? day.plusDays(1) : first;
            }
        }
    }

    /** What atlas-map.ts loadEvents() asks the server for one new window. */
    private void sliderStep(LoopbackHttp http, String base, Worker w, LocalDate day, int window, View view) {
        String query = "from=" + day.minusDays(window - 1) + "&to=" + day + "&limit=" + GRID_THRESHOLD;
        long start = System.nanoTime();
        LoopbackHttp.Answer whole = get(http, base + "api/events?" + query, "events", w);
        if (whole != null && truncated(whole)) {
            LoopbackHttp.Answer inView =
                    get(http, base + "api/events?" + query + "&bbox=" + view.bbox(), "events in view", w);
            if (inView != null && truncated(inView)) {
                get(
                        http,
                        base + "api/events/grid?from=" + day.minusDays(window - 1) + "&to=" + day + "&bbox="
                                + view.bbox() + "&zoom=" + view.zoom(),
                        "grid",
                        w);
            }
        }
        if (measured(start)) {
            w.of("step").ok(System.nanoTime() - start, 0);
        }
    }

    private static boolean truncated(LoopbackHttp.Answer a) {
        return a.text().contains("\"truncated\":true");
    }

    private LoopbackHttp.Answer get(LoopbackHttp http, String url, String kind, Worker w) {
        long start = System.nanoTime();
        try {
            LoopbackHttp.Answer a = http.getHead(url);
            record(w, kind, start, a, url);
            return a.ok() ? a : null;
        } catch (Exception e) {
            failed(w, kind, start, e, url);
            return null;
        }
    }

    private void editorLoop(String base, int n, Worker w, SplittableRandom random) {
        LoopbackHttp http = new LoopbackHttp();
        EditorSignIn.Session session = null;
        int pins = 0;
        while (!stop) {
            if (session == null) {
                long start = System.nanoTime();
                try {
                    session = EditorSignIn.signIn(http, base, EDITOR_PREFIX + n, EDITOR_PASSWORD);
                    if (measured(start)) {
                        w.of("sign-in").ok(System.nanoTime() - start, 0);
                    }
                } catch (Exception e) {
                    failed(w, "sign-in", start, e, "sign-in");
                    pause(1000);
                    continue;
                }
            }
            Object[] place = PIN_PLACES.get(random.nextInt(PIN_PLACES.size()));
            LocalDate day = SyntheticEvents.FIRST_DAY.plusDays(random.nextInt(
                    (int) ChronoUnit.DAYS.between(SyntheticEvents.FIRST_DAY, SyntheticEvents.LAST_DAY) + 1));
            double lat = (double) place[1] + (random.nextDouble() - 0.5) * 0.05;
            double lon = (double) place[2] + (random.nextDouble() - 0.5) * 0.05;
            String type = PIN_TYPES[random.nextInt(PIN_TYPES.length)];
            pins++;
            String body = feature(
                    lon,
                    lat,
                    day,
                    (String) place[0],
                    type,
                    "Load-test pin " + pins + " by editor " + n + " (synthetic)");
            LoopbackHttp.Answer pinned = write(http, "POST", base + "api/events", session, null, body, "pin", w);
            pause(800 + random.nextInt(401));
            if (pinned != null && !stop) {
                String id = pinned.headers().get("Location").replaceAll(".*/", "");
                String edited = feature(
                        lon + 0.01,
                        lat - 0.01,
                        day,
                        (String) place[0],
                        type,
                        "Load-test pin " + pins + " by editor " + n + ", corrected (synthetic)");
                write(
                        http,
                        "PUT",
                        base + "api/events/" + id,
                        session,
                        pinned.headers().get("ETag"),
                        edited,
                        "edit",
                        w);
                pause(800 + random.nextInt(401));
            }
        }
    }

    private LoopbackHttp.Answer write(
            LoopbackHttp http,
            String method,
            String url,
            EditorSignIn.Session session,
            String ifMatch,
            String body,
            String kind,
            Worker w) {
        Map<String, String> headers = session.headers();
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        long start = System.nanoTime();
        try {
            LoopbackHttp.Answer a = http.call(method, url, headers, "application/geo+json", body, "Location", "ETag");
            record(w, kind, start, a, method + " " + url);
            return a.ok() ? a : null;
        } catch (Exception e) {
            failed(w, kind, start, e, method + " " + url);
            return null;
        }
    }

    // ---- recording

    private boolean measured(long startNanos) {
        return startNanos >= measureFrom && startNanos < measureTo;
    }

    private void record(Worker w, String kind, long start, LoopbackHttp.Answer a, String what) {
        long took = System.nanoTime() - start;
        if (measured(start)) {
            if (a.ok()) {
                w.of(kind).ok(took, a.bytes());
            } else {
                w.of(kind).error(took, "HTTP " + a.status(), what + " -> " + LoadReport.clip(a.text()));
            }
        } else if (!a.ok()) {
            w.warmupErrors.error(took, "HTTP " + a.status(), what);
        }
    }

    private void failed(Worker w, String kind, long start, Exception e, String what) {
        long took = System.nanoTime() - start;
        if (stop && e instanceof InterruptedException) {
            return;
        }
        LoadSamples into = measured(start) ? w.of(kind) : w.warmupErrors;
        into.error(took, e.getClass().getSimpleName(), what + " -> " + e.getMessage());
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop = true;
        }
    }

    // ---- the report (LoadReport prints the rows)

    private static Map<String, LoadSamples> merge(List<Worker> workers) {
        Map<String, LoadSamples> all = new LinkedHashMap<>();
        for (Worker w : workers) {
            w.measured.forEach(
                    (k, v) -> all.computeIfAbsent(k, x -> new LoadSamples()).addAll(v));
        }
        return all;
    }
}
