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

    private static final int RUNS = Integer.getInteger("bench.runs", 5);

    /** Second readers per server: each a new browser context (cold browser cache, warm server). */
    private static final int READERS = Integer.getInteger("bench.readers", 3);

    /** Markers drawn on the map: the moment a reader sees reports. */
    private static final String MARKERS = "atlas-map path.atlas-marker, atlas-map .atlas-cluster";

    @Test
    void printTimeFromJavaJarToFirstMapPaint() throws Exception {
        String loadBefore = load();
        List<Long> ready = new ArrayList<>();
        List<Long> painted = new ArrayList<>();
        List<Long> coldMarkers = new ArrayList<>();
        List<Long> coldComplete = new ArrayList<>();
        List<Long> warmMarkers = new ArrayList<>();
        List<Long> returningMarkers = new ArrayList<>();
        String scripts = "";
        String coldWaterfall = "";
        String warmWaterfall = "";
        try (Playwright playwright = Playwright.create();
                Browser browser = Chromium.launch(playwright)) {
            for (int run = 0; run < RUNS; run++) {
                Path db = Files.createTempDirectory("atlas-bench").resolve("atlas");
                try (PackagedApp app = PackagedApp.start("--atlas.db.path=" + db)) {
                    ready.add(app.awaitHttp(Duration.ofSeconds(240)));
                    Page page = browser.newPage();
                    long[] js = new long[2];
                    page.onResponse(r -> {
                        if (r.url().endsWith(".js")) {
                            js[0] += r.body().length;
                            js[1]++;
                        }
                    });
                    // Page open to markers, then to the whole map (basemap, water, labels, areas) ready.
                    long opened = System.nanoTime();
                    page.navigate(app.base() + "?date=2022-05-16&window=30");
                    page.waitForSelector(MARKERS);
                    coldMarkers.add((System.nanoTime() - opened) / 1_000_000);
                    page.waitForSelector("atlas-map[data-basemap=ready][data-shown] path.atlas-marker");
                    coldComplete.add((System.nanoTime() - opened) / 1_000_000);
                    painted.add(app.millisSinceStart());
                    scripts = js[1] + " JavaScript files, " + js[0] / 1024 + " KiB uncompressed";
                    coldWaterfall = (String) page.evaluate(WATERFALL);
                    page.close();
                    // The map opened by other readers (browser cache cold, server warm): the figure.
                    for (int reader = 0; reader < READERS; reader++) {
                        Page warm = browser.newContext().newPage();
                        warmMarkers.add(
                                openToMarkers(warm, app.base() + "?date=2022-05-" + (17 + reader) + "&window=30"));
                        warmWaterfall = (String) warm.evaluate(WATERFALL);
                        // The same reader coming back (browser cache warm).
                        returningMarkers.add(openToMarkers(warm, app.base() + "?date=2022-05-10&window=30"));
                        warm.context().close();
                    }
                }
            }
        }
        System.out.printf(
                "first-paint bench (%d runs, fresh database each): port answers after median %d ms %s; "
                        + "map with basemap and markers painted after median %d ms %s; the map page loads %s%n",
                RUNS, median(ready), ready, median(painted), painted, scripts);
        System.out.printf(
                "first-paint bench: page open to first marker paint, first page of a fresh server: median %d ms %s; "
                        + "to the whole map ready (basemap, water, labels, areas): median %d ms %s%n",
                median(coldMarkers), coldMarkers, median(coldComplete), coldComplete);
        System.out.printf(
                "first-paint bench: page open to first marker paint, a reader on a running server (new browser "
                        + "context): median %d ms %s; the same reader coming back (browser cache warm): median %d ms %s%n",
                median(warmMarkers), warmMarkers, median(returningMarkers), returningMarkers);
        System.out.printf("first-paint bench: load average (uptime) before %s, after %s%n", loadBefore, load());
        System.out.println(
                "first-paint bench: network waterfall of the last first page (start-end ms, KiB transferred):\n"
                        + coldWaterfall);
        System.out.println(
                "first-paint bench: network waterfall of the last reader on a running server:\n" + warmWaterfall);
    }

    private static long openToMarkers(Page page, String url) {
        long opened = System.nanoTime();
        page.navigate(url);
        page.waitForSelector(MARKERS);
        return (System.nanoTime() - opened) / 1_000_000;
    }

    /** 1, 5 and 15 minute load averages, as uptime prints them: the figures are only as quiet as the machine. */
    private static String load() throws java.io.IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }

    /** The page's requests in start order: start and end since navigation, size, short name. */
    private static final String WATERFALL =
            "() => performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))"
                    + ".sort((a, b) => a.startTime - b.startTime).map(e => `  ${Math.round(e.startTime)}-${Math.round(e.responseEnd)} ms"
                    + " ${Math.round((e.transferSize || 0) / 1024)} KiB ${e.name.replace(location.origin, '').slice(0, 90)}`).join('\\n')";

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
