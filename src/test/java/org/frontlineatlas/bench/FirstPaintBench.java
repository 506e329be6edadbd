package org.frontlineatlas.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.frontlineatlas.Chromium;
import org.frontlineatlas.testing.PackagedApp;
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
        List<Long> ready = new ArrayList<>();
        List<Long> painted = new ArrayList<>();
        String scripts = "";
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            for (int run = 0; run < RUNS; run++) {
                Path db = Files.createTempDirectory("atlas-bench").resolve("atlas");
                try (PackagedApp app = PackagedApp.start("--atlas.db.path=" + db)) {
                    ready.add(app.awaitHttp(Duration.ofSeconds(90)));
                    Page page = browser.newPage();
                    long[] js = new long[2];
                    page.onResponse(r -> {
                        if (r.url().endsWith(".js")) {
                            js[0] += r.body().length;
                            js[1]++;
                        }
                    });
                    page.navigate(app.base() + "?date=2022-05-16&window=30");
                    page.waitForSelector("atlas-map[data-basemap=ready][data-shown] path.atlas-marker");
                    painted.add(app.millisSinceStart());
                    scripts = js[1] + " JavaScript files, " + js[0] / 1024 + " KiB uncompressed";
                    page.close();
                }
            }
        }
        System.out.printf("first-paint bench (%d runs, fresh database each): port answers after median %d ms %s; "
                + "map with basemap and markers painted after median %d ms %s; the map page loads %s%n",
                RUNS, median(ready), ready, median(painted), painted, scripts);
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
