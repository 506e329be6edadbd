package org.frontlineatlas.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Scripted browser run, not a test: starts the packaged jar on a fresh database, opens the map in
 * Chromium and prints the time from `java -jar` to the HTTP port answering and to the first paint of
 * the map with its markers. Excluded from the normal test run (tag "bench"); see README.
 */
@Tag("bench")
class FirstPaintBench {

    private static final int RUNS = Integer.getInteger("bench.runs", 3);

    @Test
    void printTimeFromJavaJarToFirstMapPaint() throws Exception {
        Path jar = Path.of("target/frontline-atlas.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the jar first: mvn -Pproduction -DskipTests package");
        }
        List<Long> ready = new ArrayList<>();
        List<Long> painted = new ArrayList<>();
        String scripts = "";
        try (Playwright playwright = Playwright.create();
             Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of("/usr/bin/chromium")).setHeadless(true)
                     .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync")))) {
            for (int run = 0; run < RUNS; run++) {
                Path db = Files.createTempDirectory("atlas-bench").resolve("atlas");
                int port = freePort();
                long start = System.nanoTime();
                Process app = new ProcessBuilder("java", "-jar", jar.toString(), "--server.port=" + port,
                        "--atlas.db.path=" + db).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                try {
                    waitForHttp(port);
                    ready.add(millisSince(start));
                    Page page = browser.newPage();
                    long[] js = new long[2];
                    page.onResponse(r -> {
                        if (r.url().endsWith(".js")) {
                            js[0] += r.body().length;
                            js[1]++;
                        }
                    });
                    page.navigate("http://localhost:" + port + "/?date=2022-05-16&window=30");
                    page.waitForSelector("atlas-map[data-basemap=ready][data-shown] path.atlas-marker");
                    painted.add(millisSince(start));
                    scripts = js[1] + " JavaScript files, " + js[0] / 1024 + " KiB uncompressed";
                    page.close();
                } finally {
                    app.destroy();
                    app.waitFor(20, TimeUnit.SECONDS);
                }
            }
        }
        System.out.printf("first-paint bench (%d runs, fresh database each): port answers after median %d ms %s; "
                + "map with basemap and markers painted after median %d ms %s; the map page loads %s%n",
                RUNS, median(ready), ready, median(painted), painted, scripts);
    }

    private static void waitForHttp(int port) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            try {
                var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/range")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("the app did not answer within 90 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long millisSince(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
