package org.frontlineatlas.testing;

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

/** The packaged jar running as its own process on a free port, its output in target/NAME.log. */
public final class AppProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target/frontline-atlas.jar");

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private AppProcess(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** {@code java -jar target/frontline-atlas.jar --server.port=P ARGS...}. */
    public static AppProcess start(String name, String... args) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException("build the jar first: mvn -Pproduction -DskipTests package");
        }
        int port = freePort();
        List<String> command = new ArrayList<>(List.of("java", "-Xmx512m", "-jar", JAR.toString(), "--server.port=" + port));
        command.addAll(List.of(args));
        Path log = Path.of("target", name + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new AppProcess(name, port, process, log);
    }

    public String base() {
        return "http://localhost:" + port + "/";
    }

    /** Waits until the app answers HTTP; fails with the end of its log if it stops or takes too long. */
    public void awaitHttp(Duration limit) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped (exit " + process.exitValue() + "):\n" + tail());
            }
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create(base() + "api/range")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(name + " did not answer within " + limit.toSeconds() + " s:\n" + tail());
    }

    /** The last lines of the app's output, for failure messages. */
    public String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
