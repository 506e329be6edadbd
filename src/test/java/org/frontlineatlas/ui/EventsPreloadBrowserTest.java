package org.frontlineatlas.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader's map page asks for its first reports from the bootstrap page (a preload, before the
 * bundle has run): the map's own request for them must be answered by that preload, not asked again.
 */
class EventsPreloadBrowserTest extends AtlasPageTest {

    /** How each reports request of the page was started: "link" (the preload) or "fetch". */
    @SuppressWarnings("unchecked")
    private List<String> reportRequests() {
        return (List<String>) page.evaluate("() => performance.getEntriesByType('resource')"
                + ".filter((e) => new URL(e.name).pathname === '/api/events').map((e) => e.initiatorType)");
    }

    @Test
    void theMapsFirstReportsComeFromThePreloadAskedOnce() {
        open("?date=2022-05-16&window=30");
        expectShown(published("2022-04-17", "2022-05-16"));

        assertThat(reportRequests()).containsExactly("link");
    }

    @Test
    void aLinkWithATypeFilterAndAWholeRangeWindowIsPreloadedToo() {
        open("?date=2022-05-16&window=0&types=shelling_or_strike,attack");
        expectShown(published(
                windows.publishedRange().orElseThrow().first().toString(),
                "2022-05-16",
                e -> e.type().code().equals("shelling_or_strike")
                        || e.type().code().equals("attack")));

        assertThat(reportRequests()).containsExactly("link");
    }

    @Test
    void anEveryTypeUntickedLinkPreloadsNothing() {
        open("?date=2022-05-16&window=7&types=none");

        assertThat(page.locator("link[rel=preload][as=fetch]").count()).isZero();
        assertThat(reportRequests()).isEmpty();
    }
}
