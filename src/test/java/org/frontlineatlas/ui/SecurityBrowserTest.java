package org.frontlineatlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.frontlineatlas.security.TestSecurity;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Sign-in, roles and the admin page in a real browser, plus the HTTP rules a script would meet. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=" + TestSecurity.DATABASE_URL,
            "atlas.admin.password=" + TestSecurity.ADMIN_PASSWORD
        })
class SecurityBrowserTest extends BrowserSupport {

    @LocalServerPort
    int port;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void signIn(String username, String password) {
        page.navigate(url("/login"));
        fillSignInForm(username, password);
    }

    /** Signs in on the sign-in page the browser shows now. */
    private void fillSignInForm(String username, String password) {
        assertThat(page.locator("vaadin-login-form")).isVisible();
        fillSignInForm(page, username, password);
        page.waitForLoadState();
    }

    private void expectSignedInAs(String username) {
        assertThat(page.locator("atlas-map[data-basemap=ready]")).hasCount(1);
        assertThat(page.locator(".app-account-name")).hasText(username);
        assertThat(page.locator(".app-account")).containsText("Sign out");
    }

    @Test
    void anAnonymousReaderSeesTheMapAndASignInLink() {
        page.navigate(url("/"));

        assertThat(page.locator("atlas-map[data-basemap=ready]")).hasCount(1);
        assertThat(page.locator(".atlas-count")).hasCount(1);
        assertThat(page.locator(".app-account a")).hasText("Sign in");
        page.locator(".app-account a").click();
        assertThat(page).hasURL(Pattern.compile("/login$"));
    }

    @Test
    void anAnonymousVisitorToTheAdminPageIsSentToSignIn() {
        page.navigate(url("/admin/users"));

        assertThat(page).hasURL(Pattern.compile("/login$"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator(".admin-users")).hasCount(0);
    }

    @Test
    void anEditorSentToSignInFromTheEditorPageLandsBackOnIt() {
        page.navigate(url("/editor"));
        assertThat(page).hasURL(Pattern.compile("/login$"));

        fillSignInForm("admin", TestSecurity.ADMIN_PASSWORD);

        assertThat(page).hasURL(Pattern.compile(":" + port + "/editor$"));
        assertThat(page.getByLabel("Article text")).isVisible();
    }

    @Test
    void anEditorWhoOpensSignInDirectlyLandsOnTheMap() {
        signIn("admin", TestSecurity.ADMIN_PASSWORD);

        // The map adds its view to the address (?date=...); the page itself is /.
        assertThat(page).hasURL(Pattern.compile(":" + port + "/(\\?date=.*)?$"));
        expectSignedInAs("admin");
    }

    @Test
    void anAdminAddsAnEditorWhoCanSignInButCannotManageAccounts() {
        signIn("admin", TestSecurity.ADMIN_PASSWORD);
        expectSignedInAs("admin");

        page.navigate(url("/admin/users"));
        assertThat(page.locator(".admin-users")).isVisible();
        page.getByLabel("Username").fill("maryna");
        page.getByLabel("Initial password").fill("too-short");
        page.getByText("Add editor").click();
        assertThat(page.locator(".admin-message")).containsText("at least 12 characters");

        page.getByLabel("Initial password").fill("maryna-first-password");
        page.getByText("Add editor").click();
        assertThat(page.locator(".admin-message")).hasText("Added editor maryna");
        assertThat(page.locator("vaadin-grid")).containsText("maryna");

        page.locator(".admin-users").getByText("Sign out").click();
        assertThat(page.locator(".app-account a")).hasText("Sign in");

        signIn("maryna", "maryna-first-password");
        expectSignedInAs("maryna");
        assertThat(page.locator(".app-account")).not().containsText("Accounts");

        page.navigate(url("/admin/users"));
        assertThat(page.locator("body")).containsText("Could not navigate");
        assertThat(page.locator(".admin-users")).hasCount(0);
    }

    private void addEditor(String username, String password) {
        page.navigate(url("/admin/users"));
        page.getByLabel("Username").fill(username);
        page.getByLabel("Initial password").fill(password);
        page.getByText("Add editor").click();
        assertThat(page.locator(".admin-message")).hasText("Added editor " + username);
    }

    @Test
    void disablingAnEditorEndsTheirSessionAndStopsTheirSignIn() {
        signIn("admin", TestSecurity.ADMIN_PASSWORD);
        addEditor("taras", "taras-first-password");

        // Taras signs in in a browser of his own.
        Page admin = page;
        try (BrowserContext tarasBrowser = page.context().browser().newContext()) {
            page = tarasBrowser.newPage();
            signIn("taras", "taras-first-password");
            expectSignedInAs("taras");

            admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Disable taras"))
                    .click();
            assertThat(admin.locator(".admin-message")).hasText("taras can no longer sign in");
            assertThat(admin.locator("vaadin-grid")).containsText("disabled");

            // His next page load finds him signed out, and his password no longer lets him in.
            page.navigate(url("/"));
            assertThat(page).hasURL(Pattern.compile("/login$"));
            signIn("taras", "taras-first-password");
            assertThat(page).hasURL(Pattern.compile("/login\\?error$"));
            assertThat(page.locator("vaadin-login-form")).containsText("Sign-in failed");
        } finally {
            page = admin;
        }
    }

    @Test
    void sixWrongPasswordsAreMetWithTheThrottleMessage() {
        for (int attempt = 1; attempt <= 6; attempt++) {
            signIn("guessed-name", "wrong password " + attempt);
            assertThat(page).hasURL(Pattern.compile("/login\\?error$"));
        }
        assertThat(page.locator("vaadin-login-form")).containsText("Too many attempts, try again in 1 minute.");
    }

    @Test
    void scriptsMeetTheSameRules() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();

        assertThat(status(
                        http,
                        HttpRequest.newBuilder(URI.create(url("/api/range"))).GET()))
                .isEqualTo(200);
        assertThat(status(
                        http,
                        HttpRequest.newBuilder(URI.create(url("/api/events"))).GET()))
                .isEqualTo(200);
        assertThat(status(
                        http,
                        HttpRequest.newBuilder(URI.create(url("/basemap/countries.geojson")))
                                .GET()))
                .isEqualTo(200);
        assertThat(status(
                        http,
                        HttpRequest.newBuilder(URI.create(url("/api/histogram")))
                                .GET()))
                .isEqualTo(200);
        HttpResponse<Void> embed = http.send(
                HttpRequest.newBuilder(URI.create(url("/embed"))).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(embed.statusCode()).as("readers' embed view").isEqualTo(200);
        assertThat(embed.headers().firstValue("X-Frame-Options"))
                .as("other sites may frame the embed")
                .isEmpty();
        assertThat(status(
                        http,
                        HttpRequest.newBuilder(URI.create(url("/present"))).GET()))
                .isEqualTo(200);
        HttpResponse<Void> login = http.send(
                HttpRequest.newBuilder(URI.create(url("/login"))).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
        // Any other /api request is for editors: 401 for a script, not a login page.
        assertThat(status(
                        http,
                        HttpRequest.newBuilder(URI.create(url("/api/audit"))).GET()))
                .isEqualTo(401);
        assertThat(status(
                        http,
                        HttpRequest.newBuilder(URI.create(url("/api/events")))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{}"))))
                .isIn(401, 403);
        HttpResponse<Void> admin = http.send(
                HttpRequest.newBuilder(URI.create(url("/admin/users"))).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(admin.statusCode()).isEqualTo(302);
        assertThat(admin.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    private static int status(HttpClient http, HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }
}
