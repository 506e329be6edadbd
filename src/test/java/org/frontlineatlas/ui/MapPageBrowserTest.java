package org.frontlineatlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.regex.Pattern;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.events.TestEvents;
import org.junit.jupiter.api.Test;

/** The reader's map in a real browser: basemap, markers, slider, deep links, escaping. */
class MapPageBrowserTest extends AtlasPageTest {

    private static final Locator.FilterOptions VISIBLE = new Locator.FilterOptions().setVisible(true);

    private Locator markers() {
        return page.locator("path.atlas-marker");
    }

    @Test
    void theMapDrawsTheOfflineBasemapAndTheLatestWeekOfDemoReports() {
        open("");

        assertThat(page.locator(".leaflet-basemap-pane canvas")).hasCount(1);
        assertThat(page.locator(".atlas-legend")).containsText("Shelling or strike");
        var range = windows.publishedRange().orElseThrow();
        int expected =
                published(range.last().minusDays(6).toString(), range.last().toString());
        assertThat(expected).isPositive();
        expectShown(expected);
    }

    @Test
    void theKharkivReportsAreDrawnWhereKharkivIs() {
        open("?date=2022-05-16&window=7&lat=49.99&lon=36.23&zoom=9");

        // Where Leaflet projects Kharkiv's coordinates, there must be a marker or a bubble of reports.
        @SuppressWarnings("unchecked")
        List<Number> point = (List<Number>) page.evaluate(
                "() => { const p = document.querySelector('atlas-map').map.latLngToContainerPoint([49.9935, 36.2304]);"
                        + " const r = document.querySelector('.atlas-map-canvas').getBoundingClientRect();"
                        + " return [p.x + r.left, p.y + r.top]; }");
        double x = point.get(0).doubleValue();
        double y = point.get(1).doubleValue();
        Locator drawn = page.locator("path.atlas-marker, .atlas-cluster").filter(VISIBLE);
        assertThat(drawn.first()).isVisible();
        boolean found = false;
        for (Locator m : drawn.all()) {
            BoundingBox box = m.boundingBox();
            if (box != null && Math.hypot(box.x + box.width / 2 - x, box.y + box.height / 2 - y) < 6) {
                found = true;
                break;
            }
        }
        assertThat(found).as("a marker at Kharkiv's position").isTrue();

        // A reader clicks there: the reports at one place spread out, and each opens on a click.
        page.mouse().click(x, y);
        Locator spread = page.locator("path.atlas-marker").filter(VISIBLE);
        assertThat(spread.first()).isVisible();
        page.waitForTimeout(400); // the spider animation
        spread.last().click(new Locator.ClickOptions().setForce(true));
        assertThat(page.locator(".atlas-popup strong")).hasText("Kharkiv");
        assertThat(page.locator(".atlas-popup-meta")).containsText("2022-05-1");
    }

    @Test
    void movingTheTimeChangesWhichReportsAreShown() {
        open("?date=2022-05-16&window=7");
        expectShown(published("2022-05-10", "2022-05-16"));

        page.getByLabel("Back one week").click();
        assertThat(page).hasURL(Pattern.compile("date=2022-05-09"));
        expectShown(published("2022-05-03", "2022-05-09"));

        page.locator(".atlas-window").selectOption("1");
        expectShown(published("2022-05-09", "2022-05-09"));

        Locator slider = page.getByLabel("Date");
        slider.focus();
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("ArrowLeft");
        assertThat(page.locator(".atlas-date")).hasText("Sat, 7 May 2022");
        expectShown(published("2022-05-07", "2022-05-07"));

        page.locator(".atlas-window").selectOption("0");
        var range = windows.publishedRange().orElseThrow();
        expectShown(published(range.first().toString(), "2022-05-07"));
        assertThat(page).hasURL(Pattern.compile("window=0"));
    }

    @Test
    void playAdvancesDayByDayAndPauses() {
        open("?date=2022-05-03&window=7");

        page.getByLabel("Play", EXACT).click();
        assertThat(page.locator(".atlas-date")).hasText("Thu, 5 May 2022");
        page.getByLabel("Pause", EXACT).click();
        String stopped = page.locator(".atlas-date").textContent();
        page.waitForTimeout(1500);
        assertThat(page.locator(".atlas-date")).hasText(stopped);
    }

    @Test
    void aDeepLinkRestoresDateAndWindow() {
        open("?date=2023-07-07&window=30");

        assertThat(page.locator(".atlas-date")).hasText("Fri, 7 July 2023");
        assertThat(page.locator(".atlas-window")).hasValue("30");
        expectShown(published("2023-06-08", "2023-07-07"));
        assertThat(page.locator(".view-notes")).isHidden();
    }

    @Test
    void malformedLinkParametersFallBackWithAVisibleNote() {
        open("?date=2022-13-45&window=banana");

        assertThat(page.locator(".view-notes")).isVisible();
        assertThat(page.locator(".view-notes")).containsText("2022-13-45");
        assertThat(page.locator(".view-notes")).containsText("banana");
        assertThat(page.locator(".atlas-window")).hasValue("7");
        var last = windows.publishedRange().orElseThrow().last();
        expectShown(published(last.minusDays(6).toString(), last.toString()));
    }

    @Test
    void articleTextInAPopupIsShownAsTextNeverRun() {
        GeoEvent hostile = TestEvents.published("Kyiv", 50.4501, 30.5234, "2022-06-30", EventType.CLAIM);
        stored(GeoEvent.draft(
                hostile.date(),
                null,
                hostile.datePrecision(),
                "<b>Kyiv</b>",
                null,
                hostile.latitude(),
                hostile.longitude(),
                1,
                EventType.CLAIM,
                "<img src=x onerror=\"document.body.dataset.pwned=1\"> claimed",
                0.5,
                hostile.status(),
                hostile.origin(),
                "<script>alert(1)</script>",
                null));

        open("?date=2022-06-30&window=1");
        markers().first().click(new Locator.ClickOptions().setForce(true));

        assertThat(page.locator(".atlas-popup")).containsText("<img src=x");
        assertThat(page.locator(".atlas-popup strong")).hasText("<b>Kyiv</b>");
        assertThat(page.locator(".atlas-popup img")).hasCount(0);
        assertThat(page.locator("body[data-pwned]")).hasCount(0);
        assertThat(page.locator(".atlas-detail h2")).hasText("<b>Kyiv</b>");
        assertThat(page.locator(".atlas-side img")).hasCount(0);
    }
}
