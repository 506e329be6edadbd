package org.frontlineatlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.LocalDate;
import java.util.regex.Pattern;
import org.frontlineatlas.events.EventQuery;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.GeoEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 6 in a real browser: histogram, play, filters, list, deep links, phone width. */
class ReaderFeaturesBrowserTest extends AtlasPageTest {

    private void atWidth(int width) {
        if (width == 390) {
            usePhone();
        }
    }

    @Test
    void theHistogramCountsEveryPublishedReport() {
        open("");

        var range = windows.publishedRange().orElseThrow();
        int total = published(range.first().toString(), range.last().toString(), e -> true);
        // The histogram counts reports by their first day; events that start in range are all of them here.
        assertThat(page.locator(".atlas-histogram-svg"))
                .hasAttribute(
                        "data-total",
                        String.valueOf(windows.countPerDay(EventQuery.published(range.first(), range.last())).stream()
                                .mapToInt(d -> d.count())
                                .sum()));
        assertThat(total).isPositive();
        assertThat(page.locator(".atlas-histogram-bar").first()).isAttached();
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void theKeyboardMovesTheDateAndStartsPlay(int width) {
        atWidth(width);
        open("?date=2022-05-16&window=7");
        Locator slider = page.getByLabel("Date");
        slider.focus();

        page.keyboard().press("PageDown");
        assertThat(page.locator(".atlas-date")).hasText("Mon, 9 May 2022");
        page.keyboard().press("PageUp");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator(".atlas-date")).hasText("Tue, 17 May 2022");
        page.keyboard().press("Home");
        var range = windows.publishedRange().orElseThrow();
        assertThat(page).hasURL(Pattern.compile("date=" + range.first()));
        page.keyboard().press("End");
        assertThat(page).hasURL(Pattern.compile("date=" + range.last()));
        expectShown(published(range.last().minusDays(6).toString(), range.last().toString()));

        page.keyboard().press(" ");
        assertThat(page.getByLabel("Pause", EXACT)).isVisible();
        page.keyboard().press(" ");
        assertThat(page.getByLabel("Play", EXACT)).isVisible();
    }

    @Test
    void playAtEightDaysASecondLoopsBackToTheStart() {
        var range = windows.publishedRange().orElseThrow();
        open("?date=" + range.last().minusDays(3) + "&window=7&speed=8&loop=1");
        assertThat(page.locator(".atlas-speed")).hasValue("8");
        assertThat(page.locator(".atlas-loop")).isChecked();

        page.getByLabel("Play", EXACT).click();
        // Past the last day it starts again at the first.
        assertThat(page)
                .hasURL(
                        Pattern.compile("date=" + range.first().getYear() + "-"),
                        new com.microsoft.playwright.assertions.PageAssertions.HasURLOptions().setTimeout(10_000));
        page.getByLabel("Pause", EXACT).click();
    }

    @Test
    void aCustomWindowCountsItsDays() {
        open("?date=2022-05-16&window=7");

        page.locator(".atlas-window").selectOption("-1");
        Locator days = page.getByLabel("Window in days");
        days.fill("3");
        days.press("Enter");
        assertThat(page).hasURL(Pattern.compile("window=3"));
        expectShown(published("2022-05-14", "2022-05-16"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void filtersByTypeSourceAndConfidenceNarrowTheReports(int width) {
        atWidth(width);
        open("?date=2022-05-16&window=30&types=attack");
        expectShown(published("2022-04-17", "2022-05-16", e -> e.type() == EventType.ATTACK));

        page.getByText("Filters").click();
        page.locator(".atlas-type-filter")
                .filter(new Locator.FilterOptions().setHasText("Advance"))
                .locator("input")
                .check();
        assertThat(page).hasURL(Pattern.compile("types=attack%2Cadvance|types=attack,advance"));
        expectShown(published(
                "2022-04-17", "2022-05-16", e -> e.type() == EventType.ATTACK || e.type() == EventType.ADVANCE));

        open("?date=2022-05-16&window=30&conf=0.8");
        expectShown(published("2022-04-17", "2022-05-16", e -> e.confidence() >= 0.8));

        open("?date=2022-05-16&window=30&source=The%20Telegraph");
        int telegraph = published("2022-04-17", "2022-05-16", e -> "The Telegraph".equals(e.sourceName()));
        assertThat(telegraph).isPositive();
        expectShown(telegraph);
    }

    @Test
    void theListAndTheMapFollowEachOther() {
        open("?date=2023-07-07&window=30");
        GeoEvent first =
                events.find(EventQuery.published(LocalDate.parse("2023-06-08"), LocalDate.parse("2023-07-07"))).stream()
                        .max(java.util.Comparator.comparing(GeoEvent::date).thenComparing(GeoEvent::id))
                        .orElseThrow();
        Locator item = page.locator(".atlas-list-item[data-event-id='" + first.id() + "'] button");

        item.hover();
        assertThat(page.locator(".atlas-list-item.is-highlighted"))
                .hasAttribute("data-event-id", String.valueOf(first.id()));

        item.click();
        assertThat(page.locator(".atlas-detail h2")).hasText(first.placeName());
        assertThat(page.locator(".atlas-detail-summary")).hasText(first.summary());
        assertThat(page).hasURL(Pattern.compile("event=" + first.id()));
        assertThat(page.locator(".atlas-popup strong")).hasText(first.placeName());

        // And from the map to the list: hovering a drawn marker highlights its item.
        page.locator(".atlas-detail-close").click();
        Locator marker = page.locator("path.atlas-marker").first();
        marker.hover(new Locator.HoverOptions().setForce(true));
        assertThat(page.locator(".atlas-list-item.is-highlighted")).hasCount(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void aSharedLinkReopensTheSameView(int width) {
        atWidth(width);
        GeoEvent bakhmut =
                events.find(EventQuery.published(LocalDate.parse("2023-06-08"), LocalDate.parse("2023-07-07"))).stream()
                        .filter(e -> e.placeName().contains("Bakhmut"))
                        .findFirst()
                        .orElseThrow();
        open("?date=2023-07-07&window=30&lat=48.6&lon=37.9&zoom=9&types="
                + bakhmut.type().code() + "&event=" + bakhmut.id());

        assertThat(page.locator(".atlas-date")).hasText("Fri, 7 July 2023");
        assertThat(page.locator(".atlas-window")).hasValue("30");
        assertThat(page.locator(".atlas-detail h2")).hasText(bakhmut.placeName());
        Object zoom = page.evaluate("() => document.querySelector('atlas-map').map.getZoom()");
        assertThat(((Number) zoom).doubleValue()).isEqualTo(9.0);
        Object lat = page.evaluate("() => document.querySelector('atlas-map').map.getCenter().lat");
        assertThat(((Number) lat).doubleValue()).isCloseTo(48.6, org.assertj.core.data.Offset.offset(0.01));
        assertThat(page.locator(".view-notes")).isHidden();
    }

    @Test
    void aLinkWithEveryTypeUntickedReopensShowingNothing() {
        open("?date=2022-05-16&window=30");
        page.getByText("Filters").click();
        for (Locator box : page.locator(".atlas-type-filter input").all()) {
            box.uncheck();
        }
        assertThat(page).hasURL(Pattern.compile("types=none"));
        expectShown(0);

        open("?date=2022-05-16&window=30&types=none");

        expectShown(0);
        assertThat(page.locator(".view-notes")).isHidden();
        page.getByText("Filters").click();
        assertThat(page.locator(".atlas-type-filter input:checked")).hasCount(0);
    }

    @Test
    void badLinkParametersFallBackWithVisibleNotes() {
        open("?lat=999&lon=x&zoom=1&types=bogus&conf=7&speed=3&event=abc&window=-4");

        Locator notes = page.locator(".view-notes");
        assertThat(notes).isVisible();
        assertThat(notes).containsText("map position");
        assertThat(notes).containsText("bogus");
        assertThat(notes).containsText("confidence");
        assertThat(notes).containsText("speed");
        assertThat(notes).containsText("event");
        assertThat(notes).containsText("window");
        var last = windows.publishedRange().orElseThrow().last();
        expectShown(published(last.minusDays(6).toString(), last.toString()));
    }

    @Test
    void onAPhoneTheListOpensOnDemandAndTouchWorks() {
        usePhone();
        open("?date=2022-05-16&window=7");

        assertThat(page.locator(".atlas-side")).hasCount(0);
        page.locator(".atlas-list-toggle").tap();
        assertThat(page.locator(".atlas-side")).isVisible();
        page.getByLabel("Back one day").tap();
        assertThat(page.locator(".atlas-date")).hasText("Sun, 15 May 2022");
        expectShown(published("2022-05-09", "2022-05-15"));
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void placeSearchFliesTheMapThere(int width) {
        atWidth(width);
        open("?date=2022-05-16&window=7");

        page.getByLabel("Find a place").fill("Kharki");
        assertThat(page.locator(".atlas-search-hit").first()).containsText("Kharkiv");
        page.getByLabel("Find a place").press("Enter");

        page.waitForFunction("() => document.querySelector('atlas-map').map.getZoom() >= 9.5");
        page.waitForTimeout(1200); // the fly animation
        Object lat = page.evaluate("() => document.querySelector('atlas-map').map.getCenter().lat");
        Object lon = page.evaluate("() => document.querySelector('atlas-map').map.getCenter().lng");
        assertThat(((Number) lat).doubleValue()).isCloseTo(49.99, org.assertj.core.data.Offset.offset(0.05));
        assertThat(((Number) lon).doubleValue()).isCloseTo(36.23, org.assertj.core.data.Offset.offset(0.05));
        assertThat(page).hasURL(Pattern.compile("zoom=10"));
    }

    @Test
    void aWindowTooBigToDrawOneByOneIsDrawnAsCountedCells() {
        open("?date=2022-05-16&window=30");
        int expected = published("2022-04-17", "2022-05-16");
        // The same mechanism that takes over at 3,000 reports, with a threshold the demo data exceeds.
        page.evaluate("() => document.querySelector('atlas-map').gridThreshold = 5");

        assertThat(page.locator("atlas-map[data-mode=grid]")).hasCount(1);
        assertThat(page.locator(".atlas-cell").first()).isVisible();
        int drawn = ((Number) page.evaluate("() => [...document.querySelectorAll('.atlas-cell-label')]"
                        + ".reduce((a, l) => a + Number(l.textContent), 0)"))
                .intValue();
        assertThat(drawn).isEqualTo(expected);
        assertThat(page.locator(".atlas-count")).hasAttribute("data-count", String.valueOf(expected));
        assertThat(page.locator(".atlas-summary")).containsText("zoom in");
    }

    @Test
    void theDarkThemeFollowsTheSystemSetting() {
        page.emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions()
                .setColorScheme(com.microsoft.playwright.options.ColorScheme.DARK));
        open("?date=2022-05-16&window=7");

        assertThat(page.locator("atlas-map")).hasCSS("background-color", "rgb(27, 31, 38)");
        page.emulateMedia(new com.microsoft.playwright.Page.EmulateMediaOptions()
                .setColorScheme(com.microsoft.playwright.options.ColorScheme.LIGHT));
        assertThat(page.locator("atlas-map")).hasCSS("background-color", "rgb(255, 255, 255)");
    }
}
