package org.frontlineatlas.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.frontlineatlas.Chromium;
import org.frontlineatlas.testing.PackagedApp;

/**
 * The browser half of {@link ScaleBench}: starts the packaged jar on the bench database and, in
 * headless Chromium, prints (1) time to interactive of the first page, from navigation start to the
 * frame that shows the window's markers or grid cells with the basemap; (2) the time from clicking
 * "Forward one day" to the frame that shows the new window, measured inside the page with
 * performance.now() and requestAnimationFrame; (3) whether zooming in on a city brings markers back
 * when the window was too big to draw event by event.
 */
final class ScaleBrowserRun {

    private static final int STEPS = Integer.getInteger("bench.steps", 30);
    private static final int LOADS = Integer.getInteger("bench.loads", 3);
    private static final LocalDate START = LocalDate.parse(System.getProperty("bench.date", "2023-06-01"));

    /** Clicks "Forward one day" and resolves with the milliseconds until a frame shows the expected window. */
    private static final String STEP = """
            async (expected) => {
              const host = document.querySelector('atlas-map');
              const t0 = performance.now();
              document.querySelector('.atlas-forward-day').click();
              return await new Promise((resolve, reject) => {
                const give_up = t0 + 30000;
                const check = (now) => {
                  // Done when the markers AND the areas of control of the new day are drawn (labels and water stay shown).
                  if (host.dataset.drawn === expected && host.dataset.controlDate === expected.split('/')[1]) resolve(now - t0);
                  else if (now > give_up) reject(new Error('window ' + expected + ' not drawn'));
                  else requestAnimationFrame(check);
                };
                requestAnimationFrame(check);
              });
            }
            """;

    private final Path db;

    ScaleBrowserRun(Path db) {
        this.db = db;
    }

    void printFigures() throws Exception {
        try (PackagedApp app = PackagedApp.start("--atlas.db.path=" + db, "--atlas.demo-data=false");
                Playwright playwright = Playwright.create();
                Browser browser = Chromium.launch(playwright)) {
            System.out.printf(
                    "scale bench: app answers %d ms after java -jar%n", app.awaitHttp(Duration.ofSeconds(120)));
            String base = app.base();
            for (int window : new int[] {7, 1, 30}) {
                measure(browser, base, window);
            }
            zoomIn(browser, base);
        }
    }

    private void measure(Browser browser, String base, int window) {
        List<Double> interactive = new ArrayList<>();
        String mode = "";
        for (int i = 0; i < LOADS; i++) {
            try (BrowserContext context = newContext(browser)) {
                Page page = context.newPage();
                page.navigate(base + "?date=" + START + "&window=" + window);
                String expected = START.minusDays(window - 1) + "/" + START;
                // performance.now() counts from navigation start; polled each animation frame.
                interactive.add(((Number) page.waitForFunction(
                                        "(expected) => { const h = document.querySelector('atlas-map');"
                                                + " return h && h.dataset.basemap === 'ready' && h.dataset.drawn === expected"
                                                + " && document.querySelector('.atlas-forward-day') ? performance.now() : false; }",
                                        expected)
                                .jsonValue())
                        .doubleValue());
                mode = page.locator("atlas-map").getAttribute("data-mode");
            }
        }
        List<Double> steps = new ArrayList<>();
        List<String> modes = new ArrayList<>();
        try (BrowserContext context = newContext(browser)) {
            Page page = context.newPage();
            page.navigate(base + "?date=" + START + "&window=" + window);
            page.waitForSelector("atlas-map[data-drawn='" + START.minusDays(window - 1) + "/" + START + "']");
            LocalDate day = START;
            for (int i = 0; i < STEPS; i++) {
                day = day.plusDays(1);
                String expected = day.minusDays(window - 1) + "/" + day;
                steps.add(((Number) page.evaluate(STEP, expected)).doubleValue());
                modes.add(page.locator("atlas-map").getAttribute("data-mode") + ":"
                        + page.locator(".atlas-count").getAttribute("data-count"));
            }
        }
        System.out.printf(
                "scale bench: window %2d d: interactive after median %.0f ms %s (%s); "
                        + "step forward one day: median %.1f ms, p90 %.1f ms over %d steps (mode:count e.g. %s)%n",
                window,
                median(interactive),
                rounded(interactive),
                mode,
                median(steps),
                p90(steps),
                STEPS,
                modes.subList(0, Math.min(3, modes.size())));
    }

    /**
     * "All so far" to 30 June 2022 is too big for single markers at 100k events, so the map shows cells; zoomed in
     * on a small town (Ochakiv) the view holds few enough again and the map should show markers.
     */
    private void zoomIn(Browser browser, String base) {
        try (BrowserContext context = newContext(browser)) {
            Page page = context.newPage();
            page.navigate(base + "?date=2022-06-30&window=0");
            page.waitForSelector("atlas-map[data-drawn$='/2022-06-30']");
            String before = page.locator("atlas-map").getAttribute("data-mode") + ":"
                    + page.locator(".atlas-count").getAttribute("data-count");
            long t0 = System.nanoTime();
            page.evaluate("() => { document.querySelector('atlas-map').map.setView([46.6128, 31.55], 12); }");
            page.waitForFunction(
                    "() => document.querySelector('atlas-map').dataset.mode === 'markers'",
                    null,
                    new Page.WaitForFunctionOptions().setTimeout(30_000));
            System.out.printf(
                    "scale bench: all so far to 2022-06-30, whole map: %s; zoomed in on Ochakiv: markers:%s after %d ms%n",
                    before, page.locator(".atlas-count").getAttribute("data-count"), ScaleBench.millisSince(t0));
        } catch (RuntimeException e) {
            System.out.println("scale bench: zoom-in check failed: "
                    + e.getMessage().lines().limit(4).toList());
        }
    }

    private static BrowserContext newContext(Browser browser) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
        context.setDefaultTimeout(60_000);
        return context;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double p90(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() * 9 / 10);
    }

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }
}
