package org.frontlineatlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Water names (rivers, reservoirs, seas) and place names share the map without covering each other:
 * bounding boxes of every name a reader sees, at zoom 9 over Bakhmut and zoom 7 over the Dnipro.
 */
class WaterAndPlaceLabelsBrowserTest extends AtlasPageTest {

    /** Place and water names a reader sees: drawn, not hidden, at least partly inside the map. */
    private static final String VISIBLE_NAMES = """
            () => {
              const map = document.querySelector('.atlas-map-canvas').getBoundingClientRect();
              return [...document.querySelectorAll('.atlas-place-label, .atlas-water-label span')]
                .filter((e) => getComputedStyle(e).visibility === 'visible')
                .map((e) => { const b = e.getBoundingClientRect();
                              return { name: e.textContent, water: !e.classList.contains('atlas-place-label'),
                                       x: b.left, y: b.top, w: b.width, h: b.height }; })
                .filter((b) => b.w > 0 && b.h > 0 && b.x < map.right && b.x + b.w > map.left
                               && b.y < map.bottom && b.y + b.h > map.top);
            }""";

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> visibleNames() {
        return (List<Map<String, Object>>) page.evaluate(VISIBLE_NAMES);
    }

    /** Opens the view and waits until its place names and the water names are drawn. */
    private List<Map<String, Object>> namesAt(String query, String place) {
        open("?date=2022-05-16&window=7&" + query);
        page.waitForFunction(
                "([f, n]) => eval(f)().some((l) => l.name === n && !l.water)"
                        + " && document.querySelectorAll('.atlas-water-label span').length > 0",
                List.of(VISIBLE_NAMES, place));
        return visibleNames();
    }

    private static void expectNoOverlaps(List<Map<String, Object>> names) {
        for (int i = 0; i < names.size(); i++) {
            for (int j = i + 1; j < names.size(); j++) {
                assertThat(overlap(names.get(i), names.get(j)))
                        .as("%s overlaps %s", names.get(i), names.get(j))
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

    private static List<String> water(List<Map<String, Object>> names) {
        return names.stream()
                .filter(n -> (Boolean) n.get("water"))
                .map(n -> (String) n.get("name"))
                .toList();
    }

    @Test
    void atZoomNineOverBakhmutNoWaterNameCoversAPlaceName() {
        List<Map<String, Object>> names = namesAt("lat=48.595&lon=38.0&zoom=9", "Bakhmut");

        assertThat(names.stream().filter(n -> !(Boolean) n.get("water"))).hasSizeGreaterThanOrEqualTo(8);
        expectNoOverlaps(names);
    }

    @Test
    void atZoomSevenOverTheDniproTheRiverAndReservoirsAreNamedBesideThePlaces() {
        List<Map<String, Object>> names = namesAt("lat=47.9&lon=34.9&zoom=7", "Zaporizhzhia");

        // The water is named here (not made room for by hiding every name), and no two names overlap.
        assertThat(water(names)).contains("Kakhovka Reservoir");
        assertThat(names.stream().filter(n -> !(Boolean) n.get("water")).map(n -> n.get("name")))
                .contains("Dnipro", "Zaporizhzhia");
        expectNoOverlaps(names);
    }
}
