package org.frontlineatlas.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The packaged jar started as a reader would start it, on a free port, for benchmarks. */
final class PackagedApp implements AutoCloseable {

    private static final Path JAR = Path.of("target/frontline-atlas.jar");

    final int port;
    final long startedNanos;
    private final Process process;

    private PackagedApp(int port, long startedNanos, Process process) {
        this.port = port;
        this.startedNanos = startedNanos;
        this.process = process;
    }

    /** {@code java -jar target/frontline-atlas.jar --server.port=P ARGS...}; the clock starts now. */
    static PackagedApp start(String... args) throws IOException {
        return start(List.of(), null, args);
    }

    /**
     * As {@link #start(String...)} with JVM options before {@code -jar} (e.g. -Xlog:gc) and the app's
     * output written to {@code output} (null: discarded).
     */
    static PackagedApp start(List<String> jvmOptions, Path output, String... args) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("build the jar first: mvn -Pproduction -DskipTests package");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", JAR.toString(), "--server.port=" + port));
        command.addAll(List.of(args));
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(output == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(output.toFile()))
                .start();
        return new PackagedApp(port, started, process);
    }

    /** The app's process, for its CPU time and id. */
    ProcessHandle process() {
        return process.toHandle();
    }

    String base() {
        return "http://localhost:" + port + "/";
    }

    /** Waits until the API answers; returns the milliseconds since start. */
    long awaitHttp(Duration limit) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(base() + "api/range")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return millisSinceStart();
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the app did not answer within " + limit.toSeconds() + " s");
    }

    long millisSinceStart() {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(20, TimeUnit.SECONDS);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
