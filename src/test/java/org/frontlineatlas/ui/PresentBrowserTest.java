package org.frontlineatlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;
import org.frontlineatlas.tours.TourService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Present mode, tours and the embed page in a real browser. */
class PresentBrowserTest extends AtlasPageTest {

    @Autowired
    TourService tours;

    @Test
    void presentModeHasLargeTypeNoChromeAndAutoplaysThroughThePeriod() {
        open("/present?date=2022-05-01&to=2022-05-04&speed=4&window=7");

        assertThat(page.locator(".app-header")).hasCount(0);
        assertThat(page.locator("atlas-map[mode=present]")).hasCount(1);
        assertThat(page.getByLabel("Full screen")).isVisible();
        assertThat(page.locator(".atlas-present-link")).hasCount(0);
        // Autoplay runs to the chosen end and stops there.
        assertThat(page.locator(".atlas-date")).hasText("Wed, 4 May 2022");
        assertThat(page.getByLabel("Play", EXACT)).isVisible();
        double size = ((Number) page.evaluate(
                        "() => parseFloat(getComputedStyle(document.querySelector('.atlas-date')).fontSize)"))
                .doubleValue();
        org.assertj.core.api.Assertions.assertThat(size).isGreaterThanOrEqualTo(28);
    }

    @ParameterizedTest
    @ValueSource(ints = {1280, 390})
    void aTourPlaysStepByStepWithTheKeyboard(int width) {
        if (width == 390) {
            usePhone();
        }
        var tour = tours.bySlug("spring-2022-to-2024").orElseThrow();
        open("/present?tour=" + tour.slug());

        assertThat(page.locator(".atlas-tour-note"))
                .containsText(tour.stops().get(0).note());
        assertThat(page.locator(".atlas-tour-note"))
                .containsText("stop 1 of " + tour.stops().size());
        assertThat(page).hasURL(Pattern.compile("date=" + tour.stops().get(0).date()));

        page.keyboard().press("ArrowRight");
        assertThat(page.locator(".atlas-tour-note"))
                .containsText(tour.stops().get(1).note());
        assertThat(page).hasURL(Pattern.compile("stop=2"));
        assertThat(page).hasURL(Pattern.compile("date=" + tour.stops().get(1).date()));
        expectShown(published(
                tour.stops()
                        .get(1)
                        .date()
                        .minusDays(tour.stops().get(1).windowDays() - 1)
                        .toString(),
                tour.stops().get(1).date().toString()));

        page.keyboard().press("ArrowLeft");
        assertThat(page.locator(".atlas-tour-note")).containsText("stop 1 of");

        // The tour's own link opens at a stop.
        open("/present?tour=" + tour.slug() + "&stop=3");
        assertThat(page.locator(".atlas-tour-note"))
                .containsText(tour.stops().get(2).note());
    }

    @Test
    void anUnknownTourSaysSoAndShowsTheMap() {
        open("/present?tour=no-such-tour");

        assertThat(page.locator(".view-notes")).containsText("no-such-tour");
        assertThat(page.locator(".atlas-tour-note")).hasCount(0);
    }

    @Test
    void theEmbedPageShowsTheMapAlone() {
        open("/embed?date=2022-05-16&window=7");

        assertThat(page.locator(".atlas-toolbar")).hasCount(0);
        assertThat(page.locator(".atlas-side")).hasCount(0);
        assertThat(page.locator(".app-header")).hasCount(0);
        expectShown(published("2022-05-10", "2022-05-16"));
    }
}
