package org.frontlineatlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontlineatlas.events.EventQuery;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.security.Role;
import org.frontlineatlas.security.UserRepository;
import org.frontlineatlas.testing.PinPage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The newsroom end to end in Chromium: an editor ingests a seed article, reviews the proposals,
 * pins a report by hand, and a reader's open map shows the results without a reload.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:newsroom;DB_CLOSE_DELAY=-1",
            "atlas.demo-data=false",
            "atlas.admin.password=newsroom-admin-password"
        })
class NewsroomBrowserTest extends BrowserSupport {

    private static final String EDITOR = "desk-editor";
    private static final String PASSWORD = "desk-editor-password";
    private static final Path SEED = Path.of("../shared/seeds/001_54c73e4f90dc8118.txt");

    @LocalServerPort
    int port;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    EventService events;

    @Autowired
    org.frontlineatlas.events.EventChangeBroadcaster changes;

    @BeforeEach
    void editorAccount() {
        if (!users.exists(EDITOR)) {
            users.insert(EDITOR, passwords.encode(PASSWORD), Set.of(Role.EDITOR), Instant.now());
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(Page p) {
        signInAs(p, url(""), EDITOR, PASSWORD);
    }

    private int published() {
        return events.find(EventQuery.published(LocalDate.parse("2022-04-20"), LocalDate.parse("2022-05-20")))
                .size();
    }

    @Test
    void anEditorIngestsReviewsAndPinsAndAnOpenReadersMapFollows() {
        // A reader has the map open on the weeks of the article before anything is published.
        BrowserContext readerContext = page.context().browser().newContext();
        Page reader = readerContext.newPage();
        reader.setDefaultTimeout(20_000);
        // A report after the article's, so the reader's link below lies inside the published range.
        org.frontlineatlas.events.TestEvents.storedAndAnnounced(
                events,
                changes,
                org.frontlineatlas.events.TestEvents.published(
                        "Kupiansk", 49.71, 37.61, "2022-05-20", org.frontlineatlas.events.EventType.ATTACK));
        int before = published(); // other tests of this class may have published reports already
        try {
            signIn(page);
            page.navigate(url("/editor"));
            page.locator("vaadin-upload input[type=file]").setInputFiles(SEED);
            assertThat(page.locator("vaadin-upload-file[complete]")).hasCount(1);
            page.getByLabel("Publication date").fill("5/16/2022");
            page.getByLabel("Publication date").press("Enter");
            page.getByLabel("Publisher").fill("Wire service");
            page.getByLabel("Source URL").fill("https://example.org/kharkiv-border");
            page.getByText("Extract events").click();

            Locator grid = page.locator("vaadin-grid.proposals");
            assertThat(grid).isVisible();
            assertThat(page.locator(".ingest-progress")).containsText("1 article read");
            assertThat(page.locator(".editor-article .place-mention").first()).isVisible();
            assertThat(page.locator(".editor-article")).containsText("Kharkiv");
            assertThat(page.locator("atlas-editor-map .atlas-editor-pin").first())
                    .isVisible();
            Locator accept =
                    grid.locator("vaadin-button:not([disabled])", new Locator.LocatorOptions().setHasText("Accept"));
            assertThat(grid.locator("vaadin-button", new Locator.LocatorOptions().setHasText("Correct"))
                            .first())
                    .isVisible();
            // Each machine pin says why: its reporting words and how its place was read.
            assertThat(grid.locator(
                                    "vaadin-grid-cell-content",
                                    new Locator.LocatorOptions()
                                            .setHasText(
                                                    java.util.regex.Pattern.compile(
                                                            "^«[^»]+» · (place named|near the place|offset from|refers back to|whole region) «")))
                            .first())
                    .isVisible();
            int proposals = accept.count();
            assertThat(proposals).as("proposals found in the seed").isGreaterThanOrEqualTo(3);

            reader.navigate(url("/?date=2022-05-20&window=31"));
            assertThat(reader.locator(".atlas-count")).hasAttribute("data-count", String.valueOf(before));

            accept.first().click();
            assertThat(accept).hasCount(proposals - 1);
            accept.first().click();
            assertThat(accept).hasCount(proposals - 2);

            // Correct a third: new type and summary (markup in it stays text), then save and publish.
            grid.locator("vaadin-button:not([disabled])", new Locator.LocatorOptions().setHasText("Correct"))
                    .nth(2)
                    .click();
            Locator form = page.locator("vaadin-dialog-overlay");
            form.getByLabel("Summary").fill("Checked by the desk <img src=x onerror=\"window.hacked=1\">");
            form.getByText("Save").click();
            assertThat(form).hasCount(0);
            assertThat(grid).containsText("Checked by the desk");
            assertThat(accept).hasCount(proposals - 3);

            // Pin one by clicking the map.
            page.navigate(url("/editor/pin"));
            PinPage.pinByClickingTheMap(page, "Pinned test village", "5/14/2022", "Reported by a local correspondent");
            assertThat(page.locator(".pin-details")).containsText("Pinned test village");

            assertThat(published()).isEqualTo(before + 4);
            // The reader's open map shows all four without a reload.
            assertThat(reader.locator(".atlas-count")).hasAttribute("data-count", String.valueOf(before + 4));
            assertThat(reader.evaluate("() => window.hacked === undefined")).isEqualTo(true);
            List<GeoEvent> stored =
                    events.find(EventQuery.published(LocalDate.parse("2022-04-20"), LocalDate.parse("2022-05-20")));
            assertThat(stored).extracting(GeoEvent::summary).anyMatch(s -> s.contains("<img src=x"));
            assertThat(stored).extracting(GeoEvent::placeName).contains("Pinned test village");
        } finally {
            readerContext.close();
        }
    }

    @Test
    void twoEditorsSavingTheSameReportTheSecondIsToldAndNothingIsOverwritten() {
        GeoEvent event = org.frontlineatlas.events.TestEvents.storedAndAnnounced(
                events,
                changes,
                org.frontlineatlas.events.TestEvents.at(
                        "Vovchansk",
                        50.29,
                        36.94,
                        "2022-05-10",
                        org.frontlineatlas.events.EventType.SHELLING_OR_STRIKE,
                        org.frontlineatlas.events.EventStatus.PUBLISHED));
        signIn(page);
        BrowserContext secondContext = page.context().browser().newContext();
        Page second = secondContext.newPage();
        second.setDefaultTimeout(20_000);
        try {
            signIn(second);
            for (Page p : List.of(page, second)) {
                p.navigate(url("/editor/pin"));
                assertThat(p.locator("atlas-editor-map[data-basemap=ready]")).hasCount(1);
                p.locator("[data-event-id='" + event.id() + "']").click();
                p.locator(".pin-details").getByText("Edit").click();
            }
            page.locator("vaadin-dialog-overlay").getByLabel("Summary").fill("First editor's wording");
            page.locator("vaadin-dialog-overlay").getByText("Save").click();
            assertThat(page.locator("vaadin-dialog-overlay")).hasCount(0);

            second.locator("vaadin-dialog-overlay").getByLabel("Summary").fill("Second editor's wording");
            second.locator("vaadin-dialog-overlay").getByText("Save").click();
            assertThat(second.locator("vaadin-dialog-overlay .editor-message"))
                    .containsText("Someone else changed this report");
            assertThat(events.get(event.id()).orElseThrow().summary()).isEqualTo("First editor's wording");

            // History shows both versions; the original comes back with a restore.
            page.navigate(url("/editor/event/" + event.id()));
            assertThat(page.locator("vaadin-grid.history")).containsText("update");
            page.locator("vaadin-grid.history vaadin-button:not([disabled])")
                    .last()
                    .click();
            assertThat(page.locator("vaadin-grid.history")).containsText("restore");
            assertThat(events.get(event.id()).orElseThrow().summary()).isEqualTo(event.summary());
        } finally {
            secondContext.close();
        }
    }

    @Test
    void editorPagesAreForSignedInEditorsOnly() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        for (String path : List.of("/editor", "/editor/pin", "/editor/event/1")) {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(path).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElse(""))
                    .as(path)
                    .endsWith("/login");
        }
        for (String path : List.of("/api/articles", "/api/events/import")) {
            HttpResponse<Void> response = http.send(
                    HttpRequest.newBuilder(URI.create(url(path)))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{}"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(response.statusCode()).as(path).isIn(401, 403);
        }
        page.navigate(url("/editor"));
        assertThat(page).hasURL(Pattern.compile("/login$"));
        assertThat(page.locator(".editor-view")).hasCount(0);
    }
}
