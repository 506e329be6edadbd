package org.frontlineatlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Instant;
import java.util.Set;
import org.frontlineatlas.ingest.web.IntakeTestApp;
import org.frontlineatlas.security.Role;
import org.frontlineatlas.security.UserRepository;
import org.frontlineatlas.testing.FixtureSite;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** In Chromium: an editor fetches an article by its address on /editor and reviews the proposals; follows a feed. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:url-browser;DB_CLOSE_DELAY=-1",
            "atlas.demo-data=false",
            "atlas.admin.password=url-browser-admin-password",
            IntakeTestApp.ALLOW_PRIVATE,
            IntakeTestApp.READ_TIMEOUT,
            IntakeTestApp.NO_TICKS
        })
class UrlIntakeBrowserTest extends BrowserSupport {

    private static final String EDITOR = "url-desk-editor";
    private static final String PASSWORD = "url-desk-editor-password";

    @RegisterExtension
    static final FixtureSite site = FixtureSite.start();

    @LocalServerPort
    int port;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void editorAccount() {
        if (!users.exists(EDITOR)) {
            users.insert(EDITOR, passwords.encode(PASSWORD), Set.of(Role.EDITOR), Instant.now());
        }
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn() {
        signInAs(page, url(""), EDITOR, PASSWORD);
    }

    private void fetch(String path) {
        page.getByLabel("Article address (URL)").fill(site.url(path).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fetch article"))
                .click();
    }

    @Test
    void anEditorFetchesAnArticleByItsAddressAndSeesTheProposedEvents() {
        signIn();
        page.navigate(url("/editor"));
        fetch("/news/kupiansk-depot");

        Locator grid = page.locator("vaadin-grid.proposals");
        assertThat(grid).isVisible();
        assertThat(page.locator(".ingest-progress")).containsText("1 article read");
        assertThat(grid).containsText("Kupiansk");
        assertThat(grid.locator("vaadin-button:not([disabled])", new Locator.LocatorOptions().setHasText("Accept"))
                        .first())
                .isVisible();
        assertThat(page.locator(".editor-article")).containsText("Kivsharivka");
        assertThat(page.locator(".editor-article")).not().containsText("Mykolaiv"); // the page's comments
        assertThat(page.locator("atlas-editor-map .atlas-editor-pin").first()).isVisible();

        // A page with scripts and markup: its text is shown as text, nothing of it runs.
        fetch("/news/scripts");
        assertThat(page.locator(".editor-article")).containsText("<script>alert(1)</script> is what a pupil typed");
        assertThat(grid).containsText("Izium");
        assertThat(page.evaluate("() => window.hacked === undefined")).isEqualTo(true);

        // A hostile address: one line, and the page goes on working.
        fetch("/loop");
        assertThat(page.locator(".editor-message")).containsText("redirects more than 5 times");
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Fetch article")))
                .isEnabled();
    }

    @Test
    void anEditorFollowsAFeedAndSeesItsStatus() {
        signIn();
        page.navigate(url("/editor/feeds"));
        page.getByLabel("Feed address (RSS or Atom)")
                .fill(site.url("/feeds/wire.xml").toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add feed"))
                .click();
        Locator feed = page.locator("ul.feeds li.feed");
        assertThat(feed).hasCount(1);
        assertThat(feed).containsText(site.url("/feeds/wire.xml").toString());
        assertThat(feed).containsText("Not polled yet");
        assertThat(feed).containsText("drafts for review");
        // Publishing without review is an admin's call: an editor has no switch for it.
        assertThat(feed.getByText("Poll now")).isVisible();
        assertThat(feed.getByText("Publish without review")).isHidden();

        // An address the app may not fetch is refused when the feed is added, with the reason.
        page.getByLabel("Feed address (RSS or Atom)").fill("ftp://example.org/feed");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add feed"))
                .click();
        assertThat(page.locator(".editor-message")).containsText("only http and https");
        assertThat(feed).hasCount(1);
    }
}
