package org.frontlineatlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The reader's pages and the sign-in page run under the app's Content-Security-Policy without the
 * browser blocking anything (BrowserSupport fails any test whose console reports a violation), and
 * the framing rules hold in a real browser: another site may frame /embed, not the sign-in page.
 */
class ContentSecurityPolicyBrowserTest extends AtlasPageTest {

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void theReaderPagesWorkUnderThePolicy() {
        int shown = published("2022-04-16", "2022-05-15");
        for (String path : new String[] {"/", "/present", "/embed"}) {
            open(path + "?date=2022-05-15&window=30");
            expectShown(shown);
        }
        assertThat(cspViolations).isEmpty();
    }

    @Test
    void theSignInPageWorksUnderThePolicy() {
        page.navigate(url("/login"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.getByLabel("Username").fill("nobody");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("wrong-password-1");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();

        assertThat(page).hasURL(Pattern.compile("/login\\?error$"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(cspViolations).isEmpty();
    }

    /**
     * The host page is another origin (another port) on the same site: frame-ancestors compares
     * origins, so this is the rule a foreign page meets.
     */
    @Test
    void anotherOriginMayFrameTheEmbedButNotTheSignInPage() throws Exception {
        String lesson = "<!doctype html><title>Lesson</title>"
                + "<iframe id=embed width=800 height=500 src='" + url("/embed?date=2022-05-15") + "'></iframe>"
                + "<iframe id=login width=400 height=400 src='" + url("/login") + "'></iframe>";
        // A real server on another port: Chromium refuses frames from a faked (routed) page to localhost.
        HttpServer school = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        school.createContext("/lesson", exchange -> {
            byte[] body = lesson.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        school.start();
        try {
            page.navigate("http://localhost:" + school.getAddress().getPort() + "/lesson");

            assertThat(page.frameLocator("#embed").locator("atlas-map[data-basemap=ready]"))
                    .hasCount(1);
            assertThat(page.frameLocator("#embed").locator(".atlas-count")).hasCount(1);
            page.waitForCondition(() -> cspViolations.stream().anyMatch(v -> v.contains("frame-ancestors 'none'")));
            assertThat(page.frameLocator("#login").locator("vaadin-login-form")).hasCount(0);
        } finally {
            school.stop(0);
        }
        // The refused frame is the one expected report; nothing else may have been blocked.
        cspViolations.removeIf(v -> v.contains("frame-ancestors 'none'"));
        assertThat(cspViolations).isEmpty();
    }
}
