package org.frontlineatlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontlineatlas.security.Role;
import org.frontlineatlas.security.TestSecurity;
import org.frontlineatlas.security.UserRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The admin's token page in a real browser: issue a token, see its secret once, use it, revoke it. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=" + TestSecurity.DATABASE_URL,
            "atlas.admin.password=" + TestSecurity.ADMIN_PASSWORD
        })
class AdminTokensBrowserTest extends BrowserSupport {

    private static final String PIN = """
            {"type":"Feature","geometry":{"type":"Point","coordinates":[36.23,49.99]},
             "properties":{"date":"2024-05-10","place":"Kharkiv","type":"shelling_or_strike","summary":"Strike pinned by a script"}}""";

    @LocalServerPort
    int port;

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder passwords;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private HttpResponse<String> pinWith(String token) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url("/api/events")))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/geo+json")
                                .POST(HttpRequest.BodyPublishers.ofString(PIN))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private void signIn(String username, String password) {
        page.navigate(url("/login"));
        fillSignInForm(page, username, password);
        page.waitForURL(u -> !u.contains("/login"));
    }

    @Test
    void neitherAnAnonymousVisitorNorAnEditorCanOpenTheTokensPage() {
        page.navigate(url("/admin/tokens"));
        assertThat(page).hasURL(Pattern.compile("/login$"));
        assertThat(page.locator(".admin-tokens")).hasCount(0);

        if (!users.exists("olena")) {
            users.insert("olena", passwords.encode("olena-editor-password"), Set.of(Role.EDITOR), Instant.now());
        }
        // Sign-in sends the editor back to the page asked for, which still refuses them.
        signIn("olena", "olena-editor-password");
        assertThat(page).hasURL(Pattern.compile("/admin/tokens$"));
        assertThat(page.locator("body")).containsText("Could not navigate");
        page.navigate(url("/"));
        assertThat(page.locator(".app-account-name")).hasText("olena");
        page.navigate(url("/admin/tokens"));
        assertThat(page.locator("body")).containsText("Could not navigate");
        assertThat(page.locator(".admin-tokens")).hasCount(0);
        assertThat(page.locator("body")).not().containsText("Issue token");
    }

    @Test
    void anAdminIssuesATokenSeesItOnceAndRevokesIt() throws Exception {
        if (!users.exists("wire-desk")) {
            users.insert("wire-desk", "{noop}unused", Set.of(Role.EDITOR), Instant.now());
        }
        page.context().grantPermissions(List.of("clipboard-read", "clipboard-write"));
        signIn("admin", TestSecurity.ADMIN_PASSWORD);

        // From the accounts page to the tokens page.
        page.navigate(url("/admin/users"));
        page.getByText("API tokens").click();
        assertThat(page.locator(".admin-tokens")).isVisible();
        assertThat(page).hasTitle("API tokens · Frontline Atlas");

        page.getByText("Issue token").click();
        assertThat(page.locator(".admin-message")).hasText("Choose the account the token acts for");

        page.locator("vaadin-combo-box.token-owner input").fill("wire-desk");
        page.locator("vaadin-combo-box-item")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("wire-desk"))
                .click();
        page.getByLabel("Token name").fill("nightly wire import");
        page.getByText("Issue token").click();

        assertThat(page.locator(".admin-message")).hasText("Issued token nightly wire import for wire-desk");
        assertThat(page.locator(".token-warning")).containsText("shown only this once");
        String secret =
                page.locator("vaadin-text-field.token-secret-value input").inputValue();
        assertThat(secret).matches("fla_[A-Za-z0-9_-]{43}");
        page.locator(".token-copy").click();
        page.waitForCondition(() -> secret.equals(page.evaluate("() => navigator.clipboard.readText()")));
        assertThat(page.locator("vaadin-grid.token-list")).containsText("nightly wire import");
        assertThat(page.locator("vaadin-grid.token-list")).containsText("never");

        // The secret works, as the owner, and is gone from the page once it is left.
        HttpResponse<String> pinned = pinWith(secret);
        assertThat(pinned.statusCode()).as(pinned.body()).isEqualTo(201);
        assertThat(pinned.body()).contains("Strike pinned by a script");
        page.reload();
        assertThat(page.locator(".admin-tokens")).isVisible();
        assertThat(page.locator(".token-secret")).isHidden();
        assertThat(page.content()).doesNotContain(secret);
        assertThat(page.locator("vaadin-grid.token-list")).containsText("wire-desk");
        assertThat(page.locator("vaadin-grid.token-list")).not().containsText("never"); // last used is now shown
        assertThat(page.locator("vaadin-grid.token-list")).containsText("Read and write");

        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName("Revoke the token nightly wire import of wire-desk"))
                .click();
        assertThat(page.locator(".admin-message")).containsText("Token nightly wire import of wire-desk revoked");
        assertThat(page.locator("vaadin-grid.token-list")).containsText("revoked");
        HttpResponse<String> refused = pinWith(secret);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("revoked");
    }
}
