package org.frontlineatlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rivers and reservoirs of the offline basemap (basemap/water.geojson): the Dnipro, the Siverskyi
 * Donets and the Kakhovka reservoir are drawn where they are and named in the page's language; the
 * reservoir is gone after the dam's destruction (6 June 2023).
 */
class WaterLayerBrowserTest extends AtlasPageTest {

    /** Whether the drawn shape named {@code name} covers (its box) the screen point of lat/lon. */
    private boolean drawnOver(String selector, double lat, double lon) {
        return (Boolean) page.evaluate(
                "([sel, lat, lon]) => {"
                        + " const el = document.querySelector('atlas-map'); const p = el.map.latLngToContainerPoint([lat, lon]);"
                        + " const c = document.querySelector('.atlas-map-canvas').getBoundingClientRect();"
                        + " const x = p.x + c.left, y = p.y + c.top;"
                        + " return [...document.querySelectorAll(sel)].some(e => { const r = e.getBoundingClientRect();"
                        + "   return r.width > 0 && r.height > 0 && x >= r.left && x <= r.right && y >= r.top && y <= r.bottom; }); }",
                List.of(selector, lat, lon));
    }

    /** The text of a water label (its icon box is 0×0 by design: the span centres itself on the point). */
    private com.microsoft.playwright.Locator label(String name) {
        return page.locator(".atlas-water-label span")
                .filter(new com.microsoft.playwright.Locator.FilterOptions()
                        .setHasText(java.util.regex.Pattern.compile(
                                "^" + name + "$"))); // runs as a JavaScript regex: no Pattern.quote
    }

    @Test
    void theDniproTheDonetsAndTheKakhovkaReservoirAreDrawnAndNamed() {
        open("?date=2022-05-16&window=7");

        assertThat(page.locator("path.atlas-water-river[data-name='Dnipro']").first())
                .isAttached();
        assertThat(page.locator("path.atlas-water-river[data-name='Siverskyi Donets']")
                        .first())
                .isAttached();
        assertThat(page.locator("path.atlas-water-reservoir[data-name='Kakhovka Reservoir']"))
                .hasCount(1);
        // Where they really are: Kyiv on the Dnipro's line box, Izium on the Donets', Nikopol's shore on the reservoir.
        assertThat(drawnOver("path.atlas-water-reservoir[data-name='Kakhovka Reservoir']", 47.45, 34.3))
                .isTrue();
        assertThat(drawnOver("path.atlas-water-river[data-name='Siverskyi Donets']", 49.2, 37.26))
                .isTrue();
        assertThat(drawnOver("path.atlas-water-reservoir[data-name='Kakhovka Reservoir']", 50.45, 30.52))
                .isFalse();

        assertThat(label("Dnipro")).hasCount(1);
        assertThat(label("Siverskyi Donets")).isVisible();
        assertThat(label("Kakhovka Reservoir")).isVisible();
        assertThat(label("Sea of Azov")).isVisible();
        // Names are labels, not controls: the markers stay clickable through them.
        assertThat(page.locator(".leaflet-waterLabels-pane")).hasCSS("pointer-events", "none");
        assertThat(page.locator(".leaflet-control-attribution")).containsText("GSHHG");
    }

    @Test
    void afterTheDamWasDestroyedTheReservoirIsGoneAndTheDniproRunsThroughItsBed() {
        open("?date=2023-07-07&window=30");

        assertThat(page.locator("path.atlas-water-river[data-name='Dnipro']").first())
                .isAttached();
        assertThat(page.locator("path.atlas-water-reservoir[data-name='Kakhovka Reservoir']"))
                .hasCount(0);
        assertThat(label("Kakhovka Reservoir")).hasCount(0);
        assertThat(drawnOver("path.atlas-water-river[data-name='Dnipro']", 47.45, 34.3))
                .isTrue();
        assertThat(page.locator("path.atlas-water-reservoir[data-name='Kremenchuk Reservoir']"))
                .hasCount(1);
    }

    @Test
    void theOskilReservoirIsDrawnAlongTheOskilAsAnApproximateDashedShoreAndNamed() {
        open("?date=2022-09-10&window=7&lat=49.45&lon=37.55&zoom=9");

        String reservoir = "path.atlas-water-reservoir[data-name='Oskil Reservoir']";
        assertThat(page.locator(reservoir)).hasCount(1);
        assertThat(page.locator(reservoir)).hasClass(java.util.regex.Pattern.compile("atlas-water-approximate"));
        assertThat(page.locator(reservoir)).hasCSS("stroke-dasharray", java.util.regex.Pattern.compile("4px,? 3px"));
        // From the dam at Oskil up to Kupiansk, and not over Izium on the Donets south of it.
        assertThat(drawnOver(reservoir, 49.4, 37.55)).isTrue();
        assertThat(drawnOver(reservoir, 49.19, 37.28)).isFalse();
        assertThat(label("Oskil Reservoir")).isVisible();
        assertThat(page.locator(".leaflet-control-attribution")).containsText("approximate");
    }

    @Test
    void inUkrainianTheWaterIsNamedInUkrainian() {
        open("?date=2022-05-16&window=7&lang=uk");

        assertThat(label("Дніпро")).hasCount(1);
        assertThat(label("Сіверський Донець")).isVisible();
        assertThat(label("Каховське водосховище")).isVisible();
        assertThat(label("Dnipro")).hasCount(0);
    }
}
