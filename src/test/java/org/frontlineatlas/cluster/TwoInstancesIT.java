package org.frontlineatlas.cluster;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.frontlineatlas.Chromium;
import org.frontlineatlas.demo.DemoEvents;
import org.frontlineatlas.testing.PackagedApp;
import org.frontlineatlas.testing.PinPage;
import org.frontlineatlas.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two instances of the packaged app on one PostgreSQL database, as behind a load balancer: started
 * together on an empty database they seed it once, and a report an editor pins through one instance
 * appears, without a reload, on the map a reader has open on the other (LISTEN/NOTIFY).
 */
class TwoInstancesIT {

    private static final String ADMIN_PASSWORD = "two-instances-admin-1";
    private static String schema;
    private static PackagedApp first;
    private static PackagedApp second;

    @BeforeAll
    static void startBoth() throws Exception {
        assumeFalse(Boolean.getBoolean("atlas.postgres.skip"), "no PostgreSQL here (-Datlas.postgres.skip=true)");
        schema = TestDatabase.newSchema("two_instances");
        String[] args = {
            "--spring.profiles.active=postgres",
            "--spring.datasource.url=" + TestDatabase.Postgres.urlFor(schema),
            "--spring.datasource.username=" + TestDatabase.Postgres.user(),
            "--spring.datasource.password=" + TestDatabase.Postgres.password(),
            "--atlas.admin.password=" + ADMIN_PASSWORD
        };
        // Both at once, on an empty database: both migrate and seed at the same moment.
        first = start("instance-a", args);
        second = start("instance-b", args);
        first.awaitHttp(Duration.ofSeconds(120));
        second.awaitHttp(Duration.ofSeconds(120));
    }

    private static PackagedApp start(String name, String... args) throws Exception {
        Path log = Path.of("target", name + ".log");
        Files.deleteIfExists(log);
        return PackagedApp.start(List.of("-Xmx512m"), log, args);
    }

    @AfterAll
    static void stopBoth() throws InterruptedException {
        for (PackagedApp app : new PackagedApp[] {first, second}) {
            if (app != null) {
                app.close();
            }
        }
    }

    @Test
    void startedTogetherOnAnEmptyDatabaseTheySeedItOnce() throws SQLException {
        assertThat(count("SELECT COUNT(*) FROM app_user")).as("admin accounts").isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM tour"))
                .as("the two demo tours, loaded once")
                .isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM geo_event WHERE created_by = 'demo-data'"))
                .as("demo events, loaded once")
                .isEqualTo(DemoEvents.load().size());
    }

    @Test
    void aReportPinnedOnOneInstanceAppearsOnAReadersMapServedByTheOther() throws SQLException {
        try (Playwright playwright = Playwright.create();
                Browser browser = Chromium.launch(playwright)) {
            BrowserContext readerContext =
                    browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
            BrowserContext editorContext =
                    browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
            readerContext.setDefaultTimeout(30_000);
            editorContext.setDefaultTimeout(30_000);
            Page reader = readerContext.newPage();
            Page editor = editorContext.newPage();

            reader.navigate(second.base() + "?date=2022-05-20&window=31");
            long before = count("SELECT COUNT(*) FROM geo_event WHERE status = 'PUBLISHED'"
                    + " AND event_date <= DATE '2022-05-20' AND event_date_end >= DATE '2022-04-20'");
            Locator count = reader.locator(".atlas-count");
            assertThat(count).hasAttribute("data-count", String.valueOf(before));

            editor.navigate(first.base() + "login");
            editor.getByLabel("Username").fill("admin");
            editor.getByLabel("Password", new Page.GetByLabelOptions().setExact(true))
                    .fill(ADMIN_PASSWORD);
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            assertThat(editor.locator(".app-account-name")).hasText("admin");
            editor.navigate(first.base() + "editor/pin");
            PinPage.pinByClickingTheMap(
                    editor, "Village pinned on instance A", "5/14/2022", "Reported to the desk working on instance A");

            // The reader, on instance B, was not reloaded: the change came over LISTEN/NOTIFY and push.
            assertThat(count).hasAttribute("data-count", String.valueOf(before + 1));
            assertThat(reader.locator("atlas-event-list")).containsText("Village pinned on instance A");
        }
    }

    private static long count(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        TestDatabase.Postgres.urlFor(schema),
                        TestDatabase.Postgres.user(),
                        TestDatabase.Postgres.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
