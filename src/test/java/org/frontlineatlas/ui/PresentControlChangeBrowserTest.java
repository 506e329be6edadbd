package org.frontlineatlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Locale;
import org.frontlineatlas.tours.TourService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Present mode says how much ground changed hands when the tour steps or the presented day moves:
 * the km² Ukraine regained and lost between the day before and the day now, as /api/control/diff
 * answers, in English and in Ukrainian.
 */
class PresentControlChangeBrowserTest extends AtlasPageTest {

    @Autowired
    TourService tours;

    /** /api/control/diff's rounded km² regained and lost, fetched apart from the page. */
    private long[] diff(LocalDate from, LocalDate to) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(
                                        "http://localhost:" + port + "/api/control/diff?from=" + from + "&to=" + to))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        JsonNode d = new ObjectMapper().readTree(r.body());
        return new long[] {
            Math.round(d.get("gainedByUkraineKm2").asDouble()),
            Math.round(d.get("lostByUkraineKm2").asDouble())
        };
    }

    private static String n(long v, Locale locale) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(v);
    }

    @Test
    void aTourStepShowsTheKm2RegainedAndLostSinceTheStopBefore() throws Exception {
        var tour = tours.bySlug("spring-2022-to-2024").orElseThrow();
        LocalDate may = tour.stops().get(1).date();
        LocalDate july = tour.stops().get(2).date();
        long[] forward = diff(may, july);
        // Between May 2022 and July 2023 Ukraine regained the Kharkiv oblast and Kherson's right bank.
        org.assertj.core.api.Assertions.assertThat(forward[0]).isGreaterThan(10_000);

        open("/present?tour=" + tour.slug() + "&stop=2");
        assertThat(page.locator(".atlas-tour-note")).containsText("stop 2 of");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator(".atlas-tour-note")).containsText("stop 3 of");
        assertThat(page.locator(".atlas-control-change"))
                .hasText(may + " → " + july + ": Ukraine regained " + n(forward[0], Locale.ENGLISH) + " km², lost "
                        + n(forward[1], Locale.ENGLISH) + " km²");
        assertThat(page.locator(".atlas-control-change")).isVisible();

        // Back a stop: what was regained going forward is what is lost going back.
        page.keyboard().press("ArrowLeft");
        assertThat(page.locator(".atlas-control-change"))
                .hasText(july + " → " + may + ": Ukraine regained " + n(forward[1], Locale.ENGLISH) + " km², lost "
                        + n(forward[0], Locale.ENGLISH) + " km²");
    }

    @Test
    void thePresentedDayMovingShowsTheChangeInUkrainian() throws Exception {
        long[] d = diff(LocalDate.parse("2022-03-01"), LocalDate.parse("2022-11-20"));
        open("/present?date=2022-03-01&window=7&lang=uk");
        assertThat(page.locator("atlas-map[data-control-date='2022-03-01']")).hasCount(1);
        int index = (int) LocalDate.parse("2022-11-20").toEpochDay();
        page.locator(".atlas-slider")
                .evaluate(
                        "(s, v) => { s.value = String(v); s.dispatchEvent(new Event('input', { bubbles: true })); }",
                        index);
        // Ukrainian groups digits with a (narrow) no-break space; the page's Intl and Java may pick different ones.
        page.waitForCondition(
                () -> page.locator(".atlas-control-change").textContent().startsWith("01.03.2022 → 20.11.2022"));
        String text = page.locator(".atlas-control-change").textContent().replaceAll("[\\s\\u00a0\\u202f]", "");
        org.assertj.core.api.Assertions.assertThat(text)
                .isEqualTo(("01.03.2022→20.11.2022:Україназвільнила" + d[0] + "км²,втратила" + d[1] + "км²"));
    }
}
