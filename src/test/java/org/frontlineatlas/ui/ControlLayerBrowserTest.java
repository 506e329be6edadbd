package org.frontlineatlas.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * The areas of control on the reader's map (demo's approximate set): moving the slider from
 * 1 March to 20 November 2022 takes Kherson out of the occupied area, on the layer's data and on
 * the drawn polygons under Kherson's position.
 */
class ControlLayerBrowserTest extends AtlasPageTest {

    private static final double KHERSON_LAT = 46.635;
    private static final double KHERSON_LON = 32.617;
    private static final GeometryFactory GF = new GeometryFactory();

    /** Statuses of the areas in the page's control data that contain Kherson. */
    private List<String> statusesAtKherson() throws Exception {
        JsonNode data = new ObjectMapper().readTree((String)
                page.evaluate("() => JSON.stringify(document.querySelector('atlas-map').controlData)"));
        var kherson = GF.createPoint(new Coordinate(KHERSON_LON, KHERSON_LAT));
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode f : data.get("features")) {
            JsonNode g = f.get("geometry");
            List<JsonNode> polys = new java.util.ArrayList<>();
            if (g.get("type").asText().equals("Polygon")) {
                polys.add(g.get("coordinates"));
            } else {
                g.get("coordinates").forEach(polys::add);
            }
            for (JsonNode rings : polys) {
                if (polygon(rings).covers(kherson)) {
                    out.add(f.get("properties").get("status").asText());
                }
            }
        }
        return out;
    }

    private static Polygon polygon(JsonNode rings) {
        LinearRing[] r = new LinearRing[rings.size()];
        for (int i = 0; i < rings.size(); i++) {
            JsonNode ring = rings.get(i);
            Coordinate[] c = new Coordinate[ring.size()];
            for (int k = 0; k < ring.size(); k++) {
                c[k] = new Coordinate(
                        ring.get(k).get(0).asDouble(), ring.get(k).get(1).asDouble());
            }
            r[i] = GF.createLinearRing(c);
        }
        return GF.createPolygon(r[0], java.util.Arrays.copyOfRange(r, 1, r.length));
    }

    /** The classes of the drawn control polygons under Kherson's position on screen. */
    @SuppressWarnings("unchecked")
    private List<String> drawnAtKherson() {
        return (List<String>) page.evaluate(
                "([lat, lon]) => {"
                        + " const el = document.querySelector('atlas-map'); const p = el.map.latLngToContainerPoint([lat, lon]);"
                        + " const r = document.querySelector('.atlas-map-canvas').getBoundingClientRect();"
                        + " return document.elementsFromPoint(p.x + r.left, p.y + r.top)"
                        + "   .filter(e => e.classList && e.classList.contains('atlas-control-area'))"
                        + "   .map(e => [...e.classList].find(c => c.startsWith('atlas-control-') && c !== 'atlas-control-area')); }",
                List.of(KHERSON_LAT, KHERSON_LON));
    }

    private void moveSliderTo(String day) {
        int index = (int) LocalDate.parse(day).toEpochDay();
        page.locator(".atlas-slider")
                .evaluate(
                        "(s, v) => { s.value = String(v); s.dispatchEvent(new Event('input', { bubbles: true })); }",
                        index);
    }

    @Test
    void movingTheSliderFromMarchToNovember2022RegainsKhersonsRightBank() throws Exception {
        open("?date=2022-03-01&window=7&lat=46.8&lon=33.2&zoom=8");
        assertThat(page.locator("atlas-map[data-control-date='2022-03-01']")).hasCount(1);
        assertThat(page.locator(".atlas-control-legend")).containsText("Areas of control");
        assertThat(page.locator(".atlas-control-legend")).containsText("Occupied by Russia");
        assertThat(page.locator(".atlas-control-legend")).containsText("Regained by Ukraine");
        assertThat(page.locator(".atlas-control-asof")).hasText("As of 2022-03-01 — approximate");
        assertThat(statusesAtKherson()).contains("occupied");
        assertThat(drawnAtKherson()).contains("atlas-control-occupied");
        // The polygons lie under the markers: their pane is below Leaflet's overlay pane.
        assertThat(page.locator(".leaflet-control-pane path.atlas-control-occupied")
                        .first())
                .isAttached();

        moveSliderTo("2022-11-20");
        assertThat(page).hasURL(Pattern.compile("date=2022-11-20"));
        assertThat(page.locator("atlas-map[data-control-date='2022-11-20']")).hasCount(1);
        assertThat(page.locator(".atlas-control-asof")).hasText("As of 2022-11-20 — approximate");
        assertThat(statusesAtKherson()).doesNotContain("occupied").contains("regained");
        assertThat(drawnAtKherson()).doesNotContain("atlas-control-occupied").contains("atlas-control-regained");

        // The tool-tip of the regained area, hovered north of the city (Kherson itself has a report's marker on top):
        // its km² and the change since the snapshot before.
        @SuppressWarnings("unchecked")
        List<Number> at = (List<Number>) page.evaluate(
                "([lat, lon]) => { const p = document.querySelector('atlas-map').map"
                        + ".latLngToContainerPoint([lat, lon]); const r = document.querySelector('.atlas-map-canvas').getBoundingClientRect();"
                        + " return [p.x + r.left, p.y + r.top]; }",
                List.of(46.85, 33.0));
        page.mouse().move(at.get(0).doubleValue() + 3, at.get(1).doubleValue() + 3);
        assertThat(page.locator(".atlas-control-tooltip")).containsText("km²");
        assertThat(page.locator(".atlas-control-tooltip"))
                .containsText(Pattern.compile("Since 2022-11-10: Ukraine regained [\\d,]+ km², lost [\\d,]+ km²"));

        // And back: the URL's date alone brings March's areas again.
        open("?date=2022-03-01&window=7&lat=46.8&lon=33.2&zoom=8");
        assertThat(page.locator("atlas-map[data-control-date='2022-03-01']")).hasCount(1);
        assertThat(drawnAtKherson()).contains("atlas-control-occupied");
    }
}
