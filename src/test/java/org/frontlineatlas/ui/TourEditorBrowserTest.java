package org.frontlineatlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontlineatlas.security.Role;
import org.frontlineatlas.security.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** An editor saves a tour from links copied off the map; present mode then plays it. */
class TourEditorBrowserTest extends AtlasPageTest {

    private static final String EDITOR = "tour-editor";
    private static final String PASSWORD = "tour-editor-password";

    @Autowired
    UserRepository users;

    @Autowired
    org.frontlineatlas.tours.TourService tours;

    @Autowired
    PasswordEncoder passwords;

    @BeforeEach
    void editorAccount() {
        if (!users.exists(EDITOR)) {
            users.insert(EDITOR, passwords.encode(PASSWORD), Set.of(Role.EDITOR), Instant.now());
        }
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        page.navigate("http://localhost:" + port + "/editor/tours");
        assertThat(page).hasURL(Pattern.compile("/login"));
    }

    @Test
    void anEditorSavesATourFromMapLinksAndItPresentsStepByStep() {
        signInAs(page, "http://localhost:" + port, EDITOR, PASSWORD);

        page.navigate("http://localhost:" + port + "/editor/tours");
        page.getByLabel("Tour name").fill("Snake Island and Kharkiv <b>May 2022</b>");
        page.getByLabel("Link name").fill("may-2022-class");
        Locator link = page.getByLabel("Paste a map link to add it as a stop");
        link.fill("http://localhost:" + port + "/?date=2022-05-07&window=7&lat=45.3&lon=30.2&zoom=9");
        page.getByText("Add stop from link").click();
        Locator stops = page.locator(".tour-stop");
        // The server empties the field once the stop is added: wait for that before typing again.
        assertThat(stops).hasCount(1);
        assertThat(link).hasValue("");
        link.fill("http://localhost:" + port + "/?date=2022-05-16&window=1&lat=49.99&lon=36.23&zoom=9");
        page.getByText("Add stop from link").click();
        assertThat(stops).hasCount(2);
        stops.nth(0)
                .getByLabel("Note")
                .fill("Strikes around Snake Island <script>document.body.dataset.pwned=1</script>");
        stops.nth(1).getByLabel("Note").fill("Kharkiv, the day the border was reached");
        page.getByText("Save tour").click();
        assertThat(page.locator(".editor-message")).containsText("with 2 stops");

        var saved = tours.bySlug("may-2022-class").orElseThrow();
        org.assertj.core.api.Assertions.assertThat(saved.stops())
                .extracting(s -> s.date().toString())
                .containsExactly("2022-05-07", "2022-05-16");

        page.navigate("http://localhost:" + port + "/present?tour=may-2022-class");
        assertThat(page.locator(".atlas-tour-note")).containsText("Strikes around Snake Island <script>");
        assertThat(page.locator(".atlas-tour-note")).containsText("<b>May 2022</b>");
        assertThat(page.locator(".atlas-date")).hasText("Sat, 7 May 2022");
        page.keyboard().press("ArrowRight");
        assertThat(page.locator(".atlas-tour-note")).containsText("the day the border was reached");
        assertThat(page.locator(".atlas-date")).hasText("Mon, 16 May 2022");
        assertThat(page.locator("body[data-pwned]")).hasCount(0);
    }
}
