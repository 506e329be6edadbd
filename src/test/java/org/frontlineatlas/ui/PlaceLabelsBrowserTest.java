package org.frontlineatlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.frontlineatlas.events.EventQuery;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.labels.PlaceLabels;
import org.junit.jupiter.api.Test;

/** Place names on the reader's map in a real browser: which are shown by zoom, none overlapping, in the UI's language. */
class PlaceLabelsBrowserTest extends AtlasPageTest {

    /** The labels a reader sees: drawn, not hidden, and at least partly inside the map. */
    private static final String VISIBLE_LABELS = """
            () => {
              const map = document.querySelector('.atlas-map-canvas').getBoundingClientRect();
              return [...document.querySelectorAll('.atlas-place-label')]
                .filter((e) => getComputedStyle(e).visibility === 'visible')
                .map((e) => { const b = e.getBoundingClientRect();
                              return { name: e.textContent, x: b.left, y: b.top, w: b.width, h: b.height }; })
                .filter((b) => b.w > 0 && b.h > 0 && b.x < map.right && b.x + b.w > map.left
                               && b.y < map.bottom && b.y + b.h > map.top);
            }""";

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> visibleLabels() {
        return (List<Map<String, Object>>) page.evaluate(VISIBLE_LABELS);
    }

    private List<String> names() {
        return visibleLabels().stream().map(l -> (String) l.get("name")).toList();
    }

    /** Waits until the view's labels are drawn: {@code name} among them. */
    private void waitForLabel(String name) {
        page.waitForFunction("([f, n]) => eval(f)().some((l) => l.name === n)", List.of(VISIBLE_LABELS, name));
    }

    private void expectNoOverlaps() {
        List<Map<String, Object>> labels = visibleLabels();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertThat(overlap(labels.get(i), labels.get(j)))
                        .as("%s overlaps %s", labels.get(i), labels.get(j))
                        .isFalse();
            }
        }
    }

    private static boolean overlap(Map<String, Object> a, Map<String, Object> b) {
        double ax = num(a, "x"), ay = num(a, "y"), bx = num(b, "x"), by = num(b, "y");
        return ax < bx + num(b, "w") && bx < ax + num(a, "w") && ay < by + num(b, "h") && by < ay + num(a, "h");
    }

    private static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    @Test
    void atZoomNineOverBakhmutItAndItsNeighboursAreNamedWithoutOverlap() {
        open("?lat=48.595&lon=38.0&zoom=9");
        waitForLabel("Bakhmut");

        List<String> names = names();
        assertThat(names).hasSizeGreaterThanOrEqualTo(8).contains("Bakhmut", "Kramatorsk", "Kostiantynivka");
        assertThat(page.locator(".leaflet-atlas-labels-pane .atlas-place-label").first())
                .isVisible();
        expectNoOverlaps();
    }

    @Test
    void atZoomSixTheOblastCentresAreNamedWithoutOverlap() {
        open("?lat=48.6&lon=31.6&zoom=6");
        waitForLabel("Kharkiv");

        assertThat(names())
                .contains(
                        "Kyiv",
                        "Kharkiv",
                        "Dnipro",
                        "Zaporizhzhia",
                        "Odesa",
                        "Lviv",
                        "Mykolaiv",
                        "Kherson",
                        "Vinnytsia",
                        "Poltava",
                        "Chernihiv",
                        "Cherkasy");
        assertThat(names()).doesNotContain("Bakhmut"); // towns wait for a closer zoom
        expectNoOverlaps();
    }

    @Test
    void zoomingInNamesMorePlacesAndStillNoneOverlap() {
        open("?lat=48.595&lon=38.0&zoom=8");
        waitForLabel("Kramatorsk");
        List<String> atEight = names();
        assertThat(atEight).doesNotContain("Soledar");

        page.evaluate("() => { document.querySelector('atlas-map').map.setZoom(11); }");
        waitForLabel("Soledar");
        // closer in, smaller places that had no room (or no rank) at zoom 8 are named too
        List<String> newlyNamed =
                names().stream().filter(n -> !atEight.contains(n)).toList();
        assertThat(newlyNamed).hasSizeGreaterThanOrEqualTo(3);
        assertThat(names()).contains("Bakhmut");
        expectNoOverlaps();
    }

    @Test
    void inUkrainianTheLabelsAreUkrainian() {
        open("?lang=uk&lat=48.595&lon=38.0&zoom=9");
        waitForLabel("Бахмут");

        assertThat(names()).contains("Краматорськ").doesNotContain("Bakhmut", "Kramatorsk");
        expectNoOverlaps();
    }

    @Test
    void theOpenReportsPlaceIsAlwaysNamed() {
        // A report at a small place, opened from a link at a zoom where that place has no label of its own.
        List<String> atFive = PlaceLabels.loadDefault().query(20, 40, 45, 56, 5, 400).labels().stream()
                .map(l -> l.place().name())
                .toList();
        GeoEvent small =
                events.find(EventQuery.published(LocalDate.parse("2022-02-24"), LocalDate.parse("2030-01-01"))).stream()
                        .filter(e -> !atFive.contains(e.placeName()) && e.latitude() > 44 && e.latitude() < 52.5)
                        .findFirst()
                        .orElseThrow();
        open("?date=" + small.date() + "&window=7&event=" + small.id() + "&lat=" + small.latitude() + "&lon="
                + small.longitude() + "&zoom=5");
        assertThat(page.locator(".atlas-place-label.atlas-place-pinned")).hasText(small.placeName());
        waitForLabel(small.placeName());
        expectNoOverlaps();
    }
}
