package org.frontlineatlas.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged jar started as a user would start it ({@code java -jar target/frontline-atlas.jar}),
 * on a free port, for benchmarks and for tests that need the real process (kill it, restart it).
 * Its output goes to a log file (or is discarded), so a failing test can show what the app said.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Path JAR = Path.of("target/frontline-atlas.jar");

    public final int port;
    public final long startedNanos;
    private final Process process;
    private final Path log;
    private final int logOffset;

    private PackagedApp(int port, long startedNanos, Process process, Path log, int logOffset) {
        this.port = port;
        this.startedNanos = startedNanos;
        this.process = process;
        this.log = log;
        this.logOffset = logOffset;
    }

    /** {@code java -jar target/frontline-atlas.jar --server.port=P ARGS...}, output discarded; the clock starts now. */
    public static PackagedApp start(String... args) throws IOException {
        return start(List.of(), null, List.of(args));
    }

    /** As {@link #start(String...)} with JVM options before {@code -jar} (e.g. -Xlog:gc), output to {@code log}. */
    public static PackagedApp start(List<String> jvmOptions, Path log, String... args) throws IOException {
        return start(jvmOptions, log, List.of(args));
    }

    /**
     * {@code java JVM-OPTIONS -jar target/frontline-atlas.jar --server.port=P ARGS...}, appending the
     * app's output to {@code log} (null: discard it), so a restarted app continues the same log.
     */
    public static PackagedApp start(List<String> jvmOptions, Path log, List<String> args) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("build the jar first: mvn -Pproduction -DskipTests package");
        }
        int port = freePort();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString(), "--server.port=" + port));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.redirectOutput(
                log == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.appendTo(log.toFile()));
        // The log is appended to across restarts; this start's lines begin here.
        int logOffset = log != null && Files.exists(log)
                ? Files.readString(log, StandardCharsets.UTF_8).length()
                : 0;
        long started = System.nanoTime();
        return new PackagedApp(port, started, builder.start(), log, logOffset);
    }

    /** The app's process, for its CPU time and id. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    public String base() {
        return "http://localhost:" + port + "/";
    }

    public URI baseUri() {
        return URI.create(base());
    }

    /** Waits until the public API answers; returns the milliseconds since start. Fails early if the app exits. */
    public long awaitHttp(Duration limit) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the app exited with code " + process.exitValue() + " before answering" + logTail());
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create(base() + "api/range"))
                                .timeout(Duration.ofSeconds(10))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return millisSinceStart();
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the app did not answer within " + limit.toSeconds() + " s" + logTail());
    }

    /**
     * Waits until the app's log (since this start) has a line containing {@code text}, e.g. "Started
     * Application".
     */
    public void awaitLog(String text, Duration limit) throws Exception {
        if (log == null) {
            throw new IllegalStateException("started without a log file");
        }
        long deadline = System.nanoTime() + limit.toNanos();
        while (!logSinceStart().contains(text)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new IllegalStateException(
                        "the app " + (process.isAlive() ? "did not log" : "exited before logging") + " '" + text
                                + "' within " + limit.toSeconds() + " s" + logTail());
            }
            Thread.sleep(50);
        }
    }

    private String logSinceStart() throws IOException {
        if (!Files.exists(log)) {
            return "";
        }
        String all = Files.readString(log, StandardCharsets.UTF_8);
        return all.substring(Math.min(logOffset, all.length()));
    }

    public long millisSinceStart() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL (on Linux, destroyForcibly is kill -9): no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the app (pid " + pid() + ") did not die within 30 s of SIGKILL");
        }
    }

    /** The last lines the app wrote (empty without a log file), to put into a failure message. */
    public String logTail() {
        if (log == null || !Files.exists(log)) {
            return "";
        }
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return "\n--- last lines of " + log + " ---\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "\n(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** A normal stop (SIGTERM: Spring closes the database), then SIGKILL if it hangs. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            kill();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
