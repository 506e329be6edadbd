package org.frontlineatlas.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Start-up of the packaged jar: seconds from launching {@code java} to the first HTTP 200 on
 * {@code /api/events}, each run on a fresh H2 file (so the demo data is loaded on the way, as at a
 * first start). The plain jar and the extracted jar with a class-data archive ({@link ClassDataArchive})
 * alternate, so both see the same load; the median of each is printed beside the load average.
 */
final class StartupBench {

    /** A start that takes longer than this is counted as failed (the machine may be very busy). */
    private static final Duration GIVE_UP = Duration.ofSeconds(180);

    private StartupBench() {}

    /** One way of starting the app: the java options and the jar. */
    record Launch(String name, List<String> javaOptions, Path jar) {}

    static void run(Path jar, int runs, PrintWriter out) {
        Path work = tempDirectory("atlas-startup-bench");
        try {
            out.printf("startup: preparing the class-data archive (extract + one training start)... load %s%n", load());
            out.flush();
            long t0 = System.nanoTime();
            ClassDataArchive cds = ClassDataArchive.prepare(jar, work.resolve("app"));
            out.printf("startup: archive ready in %.1f s (%s)%n", (System.nanoTime() - t0) / 1e9, cds.archive());
            List<Launch> launches = List.of(
                    new Launch("jar", List.of(), jar), new Launch("extracted + CDS", cds.javaOptions(), cds.jar()));
            double[][] seconds = new double[launches.size()][runs];
            double[][] cpu = new double[launches.size()][runs];
            for (int r = 0; r < runs; r++) {
                for (int l = 0; l < launches.size(); l++) {
                    Launch launch = launches.get(l);
                    Start s = startOnce(launch, work.resolve("run-" + r + "-" + l));
                    seconds[l][r] = s.seconds();
                    cpu[l][r] = s.cpuSeconds();
                    out.printf(
                            "startup: run %d %-16s %5.2f s to the first 200 on /api/events, CPU %5.1f s   load %s%n",
                            r + 1, launch.name(), s.seconds(), s.cpuSeconds(), load());
                    out.flush();
                }
            }
            for (int l = 0; l < launches.size(); l++) {
                double[] s = seconds[l].clone();
                double[] c = cpu[l].clone();
                Arrays.sort(s);
                Arrays.sort(c);
                out.printf(
                        "startup: %-16s median %.2f s of %d (%.2f–%.2f s), CPU median %.1f s; fresh H2 file each%n",
                        launches.get(l).name(), s[s.length / 2], runs, s[0], s[s.length - 1], c[c.length / 2]);
            }
            out.flush();
        } finally {
            deleteTree(work);
        }
    }

    /** One start: wall-clock seconds to the first 200, and the CPU seconds the app used until then. */
    record Start(double seconds, double cpuSeconds) {}

    /** Starts the app once on a fresh data folder, until the first 200 on /api/events. */
    static Start startOnce(Launch launch, Path dataDir) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(javaBinary());
        command.addAll(launch.javaOptions());
        command.addAll(List.of(
                "-jar",
                launch.jar().toString(),
                "--server.port=" + port,
                "--atlas.db.path=" + dataDir.resolve("atlas")));
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/events"))
                .timeout(GIVE_UP)
                .build();
        try {
            Files.createDirectories(dataDir);
            File log = dataDir.resolve("app.log").toFile();
            long start = System.nanoTime();
            Process app = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log)
                    .start();
            try {
                while (System.nanoTime() - start < GIVE_UP.toNanos()) {
                    if (!app.isAlive()) {
                        throw new IllegalStateException("the app exited with " + app.exitValue() + "; see " + log);
                    }
                    if (answers200(http, request)) {
                        double seconds = (System.nanoTime() - start) / 1e9;
                        // CPU beside the wall clock: on a shared machine the wall clock says how busy the others were.
                        double cpu = app.info()
                                        .totalCpuDuration()
                                        .map(Duration::toMillis)
                                        .orElse(-1L)
                                / 1e3;
                        return new Start(seconds, cpu);
                    }
                    Thread.sleep(50);
                }
                throw new IllegalStateException("no answer from /api/events within " + GIVE_UP.toSeconds() + " s");
            } finally {
                // A stop as the JVM does it on SIGTERM; a training start writes its archive then,
                // which on a busy machine can take a minute and more.
                app.destroy();
                if (!app.waitFor(GIVE_UP.toSeconds(), TimeUnit.SECONDS)) {
                    app.destroyForcibly().waitFor();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static boolean answers200(HttpClient http, HttpRequest request) throws InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYetListening) {
            return false;
        }
    }

    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String load() {
        double l = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "n/a" : String.format("%.2f", l);
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path tempDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
