package org.frontlineatlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.BoundingBox;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontlineatlas.control.ControlArea;
import org.frontlineatlas.control.ControlAreaRepository;
import org.frontlineatlas.control.ControlAreas;
import org.frontlineatlas.control.ControlVersion;
import org.frontlineatlas.security.Role;
import org.frontlineatlas.security.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * An editor drags a vertex of Crimea's area on /editor/control and saves: a new version ("editor
 * correction by …", audit row) that the readers' map then draws; a drag that makes the outline cross
 * itself is refused with a message and changes nothing. Anonymous visitors are sent to sign in.
 */
class ControlEditorBrowserTest extends AtlasPageTest {

    private static final String EDITOR = "area-editor";
    private static final String PASSWORD = "area-editor-password";
    private static final String DAY = "2025-06-01";

    @Autowired
    UserRepository users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    ControlAreas areas;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void editorAccount() {
        if (!users.exists(EDITOR)) {
            users.insert(EDITOR, passwords.encode(PASSWORD), Set.of(Role.EDITOR), Instant.now());
        }
    }

    private void signIn() {
        signInAs(page, "http://localhost:" + port, EDITOR, PASSWORD);
    }

    private ControlArea crimea() {
        return areas.on(LocalDate.parse(DAY)).areas().stream()
                .filter(a -> "Crimea".equals(a.name()))
                .findFirst()
                .orElseThrow();
    }

    /** Drags the handle of vertex {@code key} by (dx, dy) pixels; the handle's [lat, lon] where it was dropped. */
    @SuppressWarnings("unchecked")
    private List<Double> drag(String key, double dx, double dy) {
        Locator handle = page.locator(".atlas-vertex[data-vertex='" + key + "']");
        // Wait for the map to stand still (no zoom or pan under way) before grabbing the handle.
        BoundingBox[] last = {handle.boundingBox()};
        page.waitForCondition(() -> {
            page.waitForTimeout(150);
            BoundingBox now = handle.boundingBox();
            boolean still = now.x == last[0].x && now.y == last[0].y;
            last[0] = now;
            return still;
        });
        BoundingBox box = last[0];
        double x = box.x + box.width / 2;
        double y = box.y + box.height / 2;
        page.mouse().move(x, y);
        page.mouse().down();
        page.mouse().move(x + dx / 2, y + dy / 2, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().move(x + dx, y + dy, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
        page.mouse().up();
        return (List<Double>) page.evaluate(
                "([x, y]) => { const el = document.querySelector('atlas-editor-map');"
                        + " const r = el.querySelector('.atlas-editor-canvas').getBoundingClientRect();"
                        + " const p = el.map.containerPointToLatLng([x - r.left, y - r.top]); return [p.lat, p.lng]; }",
                List.of(x + dx, y + dy));
    }

    /** Ring 0 of Crimea's polygon as the readers' map holds it for the day. */
    private JsonNode publicCrimeaRing() throws Exception {
        open("?date=" + DAY + "&window=7&lat=45.4&lon=34.3&zoom=7");
        assertThat(page.locator("atlas-map[data-control-date='" + DAY + "']")).hasCount(1);
        JsonNode data = new ObjectMapper().readTree((String)
                page.evaluate("() => JSON.stringify(document.querySelector('atlas-map').controlData)"));
        for (JsonNode f : data.get("features")) {
            if ("Crimea".equals(f.get("properties").get("name").asText())) {
                return f.get("geometry").get("coordinates").get(0);
            }
        }
        throw new AssertionError("no Crimea on the readers' map of " + DAY);
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        page.navigate("http://localhost:" + port + "/editor/control");
        assertThat(page).hasURL(Pattern.compile("/login"));
        assertThat(page.locator(".atlas-vertex")).hasCount(0);
    }

    @Test
    void anEditorDragsAVertexSavesAndTheReadersMapShowsTheCorrectedOutline() throws Exception {
        ControlArea before = crimea();
        int versionsBefore = areas.versions().size();
        JsonNode ringBefore = publicCrimeaRing();
        assertThat(ringBefore.get(3).get(0).asDouble())
                .isEqualTo(before.geometry().getCoordinates()[3].x);

        signIn();
        page.navigate("http://localhost:" + port + "/editor/control?date=" + DAY);
        assertThat(page).hasTitle("Areas of control · Frontline Atlas");
        assertThat(page.locator("atlas-editor-map[data-areas]")).not().hasAttribute("data-areas", "0");
        page.locator("vaadin-select").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^Crimea")))
                .click();
        assertThat(page.locator("atlas-editor-map")).hasAttribute("data-picked-area", String.valueOf(before.id()));
        assertThat(page.locator(".atlas-vertex")).hasCount(before.geometry().getCoordinates().length - 1);
        assertThat(page.getByText("Save correction")).isDisabled();

        // Vertex 4 of the outline (33.7, 45.95, near Perekop) pulled 40 px west and 30 px north, outwards.
        List<Double> dropped = drag("0:3", -40, -30);
        assertThat(page.locator(".editor-message")).hasText("Outline changed, not yet saved");
        page.getByText("Save correction").click();
        assertThat(page.locator(".editor-message"))
                .containsText(Pattern.compile("Saved as version \\d+: Crimea, [\\d,]+ km² before, [\\d,]+ km² now"));

        // Stored: a new version from the editor, with its audit row.
        List<ControlVersion> versions = areas.versions();
        assertThat(versions).hasSize(versionsBefore + 1);
        ControlVersion correction = versions.get(0);
        assertThat(correction.sourceName()).isEqualTo("editor correction by " + EDITOR);
        assertThat(correction.importedBy()).isEqualTo(EDITOR);
        assertThat(new ControlAreaRepository(jdbc).auditOf(correction.id()))
                .singleElement()
                .asString()
                .startsWith("correct by " + EDITOR + ": outline of Crimea");
        ControlArea after = crimea();
        assertThat(after.versionId()).isEqualTo(correction.id());
        assertThat(after.areaKm2()).isGreaterThan(before.areaKm2());

        // The readers' map draws the moved vertex where it was dropped (within a pixel or so at zoom ~6.5).
        JsonNode ringAfter = publicCrimeaRing();
        double lon = ringAfter.get(3).get(0).asDouble();
        double lat = ringAfter.get(3).get(1).asDouble();
        assertThat(lon).isCloseTo(dropped.get(1), org.assertj.core.data.Offset.offset(0.05));
        assertThat(lat).isCloseTo(dropped.get(0), org.assertj.core.data.Offset.offset(0.05));
        assertThat(lon - 33.7).isLessThan(-0.1);
        assertThat(lat - 45.95).isGreaterThan(0.1);
        assertThat(ringAfter.get(2)).isEqualTo(ringBefore.get(2)); // its neighbours stay
        assertThat(page.locator(".leaflet-control-pane path.atlas-control-occupied")
                        .first())
                .isAttached();

        // A vertex dragged across the peninsula makes the outline cross itself: refused, nothing stored.
        page.navigate("http://localhost:" + port + "/editor/control?date=" + DAY);
        page.locator("vaadin-select").click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(Pattern.compile("^Crimea")))
                .click();
        assertThat(page.locator(".atlas-vertex")).hasCount(after.geometry().getCoordinates().length - 1);
        BoundingBox north = page.locator(".atlas-vertex[data-vertex='0:3']").boundingBox();
        BoundingBox south = page.locator(".atlas-vertex[data-vertex='0:14']").boundingBox();
        drag("0:3", (south.x - north.x) * 1.3, (south.y - north.y) * 1.3);
        assertThat(page.locator(".editor-message")).hasText("Outline changed, not yet saved");
        page.getByText("Save correction").click();
        assertThat(page.locator(".editor-message"))
                .containsText(
                        Pattern.compile(
                                "Not saved: the outline would cross itself near 3\\d\\.\\d+, 4\\d\\.\\d+\\. Move the vertex back"));
        assertThat(areas.versions()).hasSize(versionsBefore + 1);
        // The dragged outline stays on the editor's map to be fixed; the readers' map keeps the saved one.
        assertThat(page.locator("atlas-editor-map")).hasAttribute("data-edited-area", String.valueOf(after.id()));
        assertThat(publicCrimeaRing().get(3)).isEqualTo(ringAfter.get(3));
    }
}
