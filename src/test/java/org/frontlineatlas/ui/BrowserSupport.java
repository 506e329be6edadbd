package org.frontlineatlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.frontlineatlas.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/**
 * Headless Debian Chromium driven by Playwright (no browser download: PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).
 * One browser per test class, a fresh context (cookies, storage) per test.
 */
public abstract class BrowserSupport {

    private static Playwright playwright;
    private static Browser browser;
    private BrowserContext context;
    protected Page page;
    /** Console reports of content blocked by the Content-Security-Policy, in any page of the test. */
    protected final List<String> cspViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openPage() {
        usePage(new Browser.NewContextOptions().setViewportSize(1280, 800));
    }

    /** Switches the test to a phone: 390 px wide, touch. */
    protected void usePhone() {
        context.close();
        usePage(new Browser.NewContextOptions()
                .setViewportSize(390, 844)
                .setHasTouch(true)
                .setIsMobile(true)
                .setDeviceScaleFactor(2));
    }

    private void usePage(Browser.NewContextOptions options) {
        context = browser.newContext(options);
        context.setDefaultTimeout(20_000);
        context.onPage(p -> p.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                cspViolations.add(p.url() + ": " + m.text());
            }
        }));
        page = context.newPage();
    }

    /** Fills and sends the sign-in form that {@code p} shows now. */
    protected static void fillSignInForm(Page p, String username, String password) {
        p.getByLabel("Username").fill(username);
        p.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
    }

    /** Opens the sign-in page at {@code base}, signs in, and waits until the app names the account. */
    protected static void signInAs(Page p, String base, String username, String password) {
        p.navigate(base + "/login");
        fillSignInForm(p, username, password);
        assertThat(p.locator(".app-account-name")).hasText(username);
    }

    /** Every browser test also checks the app works under its own Content-Security-Policy. */
    @AfterEach
    void closePage() {
        context.close();
        if (!cspViolations.isEmpty()) {
            throw new AssertionError("The Content-Security-Policy blocked something the page needs:\n"
                    + String.join("\n", cspViolations));
        }
    }
}
