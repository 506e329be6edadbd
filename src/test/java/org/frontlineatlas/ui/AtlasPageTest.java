package org.frontlineatlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.function.Predicate;
import org.frontlineatlas.events.EventChangeBroadcaster;
import org.frontlineatlas.events.EventQuery;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.reading.WindowReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser tests of the reader's pages, against the app with its demo data in a fresh in-memory H2
 * database (one app for all these classes). Expected counts come from the event service, never from
 * the page itself.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:map-page;DB_CLOSE_DELAY=-1", "atlas.demo-data=true"})
abstract class AtlasPageTest extends BrowserSupport {

    /** Labels such as "Play" must not also match "Play speed". */
    protected static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);

    @LocalServerPort
    int port;

    @Autowired
    EventService events;

    @Autowired
    WindowReader windows;

    @Autowired
    EventChangeBroadcaster changes;

    /** Stores a report and announces it, as the app's writers do. */
    protected GeoEvent stored(GeoEvent draft) {
        return org.frontlineatlas.events.TestEvents.storedAndAnnounced(events, changes, draft);
    }

    protected void open(String pathAndQuery) {
        page.navigate("http://localhost:" + port + (pathAndQuery.startsWith("/") ? "" : "/") + pathAndQuery);
        assertThat(page.locator("atlas-map[data-basemap=ready]")).hasCount(1);
        // Reports drawn on the map: single markers plus the reports inside cluster bubbles.
        page.evaluate(
                "() => window.atlasDrawn = () => document.querySelectorAll('path.atlas-marker').length"
                        + " + [...document.querySelectorAll('.atlas-cluster [data-count]')].reduce((a, s) => a + Number(s.dataset.count), 0)");
    }

    protected int published(String from, String to) {
        return published(from, to, e -> true);
    }

    protected int published(String from, String to, Predicate<GeoEvent> filter) {
        return (int) events.find(EventQuery.published(LocalDate.parse(from), LocalDate.parse(to))).stream()
                .filter(filter)
                .count();
    }

    /** The count line, the list and the map all show {@code count} reports. */
    protected void expectShown(int count) {
        assertThat(page.locator(".atlas-count")).hasAttribute("data-count", String.valueOf(count));
        if (page.locator(".atlas-event-list, atlas-event-list").count() > 0) {
            assertThat(page.locator(".atlas-list-item")).hasCount(count);
        }
        page.waitForFunction("n => window.atlasDrawn() === n", count);
    }
}
