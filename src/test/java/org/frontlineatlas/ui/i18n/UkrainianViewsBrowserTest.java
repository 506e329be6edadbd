package org.frontlineatlas.ui.i18n;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.frontlineatlas.events.DatePrecision;
import org.frontlineatlas.events.EventOrigin;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.ui.BrowserSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every view in Ukrainian: an admin walks each page with {@code ?lang=uk} and no text of the English
 * bundle may be left on it (visible text, placeholders, titles and aria labels, shadow roots included).
 * The store holds no demo data, so every English word on a page would be the UI's own.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:ukrainian-views;DB_CLOSE_DELAY=-1",
            "atlas.demo-data=false",
            "atlas.admin.password=" + UkrainianViewsBrowserTest.ADMIN_PASSWORD
        })
class UkrainianViewsBrowserTest extends BrowserSupport {

    static final String ADMIN_PASSWORD = "ukrainian-views-admin-1";

    /** All text a reader meets, through open shadow roots, plus the words given to assistive tools. */
    private static final String PAGE_TEXT = """
            () => {
              const out = [document.title];
              const walk = (root) => {
                for (const node of root.childNodes) {
                  if (node.nodeType === Node.TEXT_NODE) {
                    out.push(node.textContent);
                  } else if (node.nodeType === Node.ELEMENT_NODE && !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) {
                    for (const a of ['placeholder', 'title', 'aria-label', 'label', 'helper-text', 'error-message']) {
                      const v = node.getAttribute(a);
                      if (v) out.push(v);
                    }
                    if (node.shadowRoot) walk(node.shadowRoot);
                    walk(node);
                  }
                }
              };
              walk(document.body);
              return out.join('\\n');
            }""";

    @LocalServerPort
    int port;

    @Autowired
    EventService events;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void everyViewIsInUkrainianWithNoEnglishTextLeft() throws IOException {
        // The report's own words are data, not UI: written in Ukrainian so they cannot be mistaken for leftovers.
        java.time.LocalDate day = java.time.LocalDate.parse("2023-08-15");
        GeoEvent event = events.create(
                GeoEvent.draft(
                        day,
                        day,
                        DatePrecision.DAY,
                        "Куп'янськ",
                        null,
                        49.71,
                        37.61,
                        1,
                        EventType.ATTACK,
                        "Бої біля Куп'янська",
                        0.8,
                        EventStatus.PUBLISHED,
                        EventOrigin.PINNED,
                        "Тестова агенція",
                        null),
                "admin");
        List<String> english = englishOnlyPhrases();

        page.navigate(url("/login?lang=uk"));
        assertThat(page.locator("vaadin-login-form")).isVisible();
        List<String> leftovers = new ArrayList<>(leftovers("/login", english));
        page.locator("vaadin-login-form input[name=username]").fill("admin");
        page.locator("vaadin-login-form input[name=password]").fill(ADMIN_PASSWORD);
        page.locator("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form vaadin-button")
                .first()
                .click();
        page.waitForURL(u -> !u.contains("/login"));

        for (String path : List.of(
                "/",
                "/present",
                "/embed",
                "/editor",
                "/editor/pin",
                "/editor/tours",
                "/editor/feeds",
                "/editor/control",
                "/editor/event/" + event.id(),
                "/admin/users",
                "/admin/tokens")) {
            page.navigate(url(path + "?lang=uk"));
            page.waitForLoadState();
            assertThat(page.locator("html")).hasAttribute("lang", "uk");
            page.waitForTimeout(800); // let the web components draw their words
            leftovers.addAll(leftovers(path, english));
        }
        assertThat(leftovers).as("English texts left on Ukrainian pages").isEmpty();
    }

    private List<String> leftovers(String path, List<String> english) {
        String text = (String) page.evaluate(PAGE_TEXT);
        List<String> found = new ArrayList<>();
        for (String phrase : english) {
            if (java.util.regex.Pattern.compile(
                            "(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(phrase) + "(?![\\p{L}\\p{N}])")
                    .matcher(text)
                    .find()) {
                found.add(path + ": \"" + phrase + "\"");
            }
        }
        return found;
    }

    /**
     * The literal pieces of every English text that Ukrainian does not share (placeholders and
     * plural choices cut out), long enough to be words of the UI rather than chance matches.
     */
    private static final Set<String> PLURAL_WORDS = Set.of("zero", "one", "two", "few", "many", "other");

    static List<String> englishOnlyPhrases() throws IOException {
        Properties en = load("vaadin-i18n/translations.properties");
        Properties uk = load("vaadin-i18n/translations_uk.properties");
        Set<String> phrases = new TreeSet<>();
        String allUkrainian = String.join(
                "\n", uk.stringPropertyNames().stream().map(uk::getProperty).toList());
        for (String key : en.stringPropertyNames()) {
            if (key.startsWith("format.")) {
                continue;
            }
            for (String piece : en.getProperty(key).split("\\{[^{}]*\\}|[{}#]")) {
                String p = piece.strip();
                // Plural selectors (one, few, many, other) are syntax; a phrase Ukrainian uses too (the brand) is not
                // English-only.
                if (p.chars().filter(Character::isLetter).count() >= 4
                        && !PLURAL_WORDS.contains(p)
                        && !allUkrainian.contains(p)) {
                    phrases.add(p);
                }
            }
        }
        return new ArrayList<>(phrases);
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = UkrainianViewsBrowserTest.class.getClassLoader().getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
