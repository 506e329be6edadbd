package org.frontlineatlas.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.frontlineatlas.input.ImportRejectedException;
import org.frontlineatlas.testing.FreshDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** GeoJSON and KML imports from fixture files: what is taken, and each refusal with what it says. */
@Tag("database")
class ControlImportTest {

    @RegisterExtension
    final FreshDatabase db = new FreshDatabase("control-import");

    private ControlImport imports;
    private ControlAreaRepository repo;
    private JdbcClient sql;

    @BeforeEach
    void open() {
        sql = db.sql();
        imports = new ControlImport(sql, db.transactions());
        repo = new ControlAreaRepository(sql);
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = ControlImportTest.class.getResourceAsStream("/control/" + name)) {
            return in.readAllBytes();
        }
    }

    private long rows(String table) {
        return sql.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private void nothingStored() {
        assertThat(rows("control_version")).isZero();
        assertThat(rows("control_area")).isZero();
        assertThat(rows("control_audit")).isZero();
    }

    private String refusal(String name, byte[] bytes) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(
                () -> imports.importFile(name, bytes, null, null, "editor1"));
        assertThat(t).isInstanceOf(IllegalArgumentException.class);
        nothingStored();
        return t instanceof ImportRejectedException r ? String.join("\n", r.problems()) : t.getMessage();
    }

    @Test
    void aGeoJsonFileBecomesAVersionWithItsSourceAndAudit() throws IOException {
        ControlImport.Result r = imports.importFile(
                "two-areas.geojson", fixture("two-areas.geojson"), "Fixture map", "test note", "editor1");
        assertThat(r.areas()).isEqualTo(2);
        List<ControlArea> march = repo.areasOn(r.version(), LocalDate.parse("2022-03-05"));
        assertThat(march).extracting(ControlArea::name).containsExactly("Test occupied block", "Two islands");
        ControlArea block = march.get(0);
        assertThat(block.status()).isEqualTo(ControlStatus.OCCUPIED);
        assertThat(block.validTo()).isEqualTo(LocalDate.parse("2022-11-10"));
        assertThat(block.approximate()).isTrue();
        assertThat(block.note()).isEqualTo("fixture");
        // The hole is kept: 1°x0.5° block minus a 0.2°x0.1° hole at 46.7°N (~4 270 − 170 km²).
        assertThat(block.areaKm2()).isBetween(4000.0, 4200.0);
        assertThat(march.get(1).status()).isEqualTo(ControlStatus.CONTESTED);
        assertThat(march.get(1).geometry().getNumGeometries()).isEqualTo(2);
        assertThat(repo.versions().get(0).sourceName()).isEqualTo("Fixture map");
        assertThat(repo.versions().get(0).note()).isEqualTo("test note");
        assertThat(repo.auditOf(r.version()))
                .singleElement()
                .asString()
                .contains("editor1", "2 areas from Fixture map");
    }

    @Test
    void aKmlFileTakesTimeSpanExtendedDataAndTheStatusInAName() throws IOException {
        ControlImport.Result r = imports.importFile("areas.kml", fixture("areas.kml"), null, null, "editor1");
        assertThat(r.areas()).isEqualTo(2);
        assertThat(repo.versions().get(0).sourceName())
                .as("the file name, when no source is given")
                .isEqualTo("areas.kml");
        List<ControlArea> march = repo.areasOn(r.version(), LocalDate.parse("2022-03-05"));
        assertThat(march).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Occupied south bank");
            assertThat(a.status()).isEqualTo(ControlStatus.OCCUPIED);
            assertThat(a.validTo()).isEqualTo(LocalDate.parse("2022-11-10"));
        });
        List<ControlArea> nov = repo.areasOn(r.version(), LocalDate.parse("2022-11-20"));
        assertThat(nov).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(ControlStatus.CONTESTED);
            assertThat(a.geometry().getNumGeometries()).isEqualTo(2);
        });
    }

    @Test
    void aSelfIntersectingPolygonIsRefusedByNameAndNothingIsStored() throws IOException {
        String m = refusal("self-intersecting.geojson", fixture("self-intersecting.geojson"));
        assertThat(m).contains("feature 2 ('Bow tie')", "self-intersection").doesNotContain("Fine");
    }

    @Test
    void coordinatesOffTheGlobeAreRefused() throws IOException {
        assertThat(refusal("off-the-globe.geojson", fixture("off-the-globe.geojson")))
                .contains("feature 1 ('North of the pole')", "point 2 (33, 95) is off the globe");
    }

    @Test
    void malformedDatesAndStatusesAreEachNamed() throws IOException {
        String m = refusal("bad-dates.geojson", fixture("bad-dates.geojson"));
        assertThat(m)
                .contains(
                        "feature 1 ('Thirteenth month'): valid_from must be a date as YYYY-MM-DD, not '2022-13-01'",
                        "feature 2 ('Backwards'): valid_to 2022-03-01 is before valid_from 2022-11-11",
                        "feature 3: status must be occupied, contested or regained, not 'held'");
    }

    @Test
    void aKmlWithADoctypeIsRefusedAndItsEntityNeverRead() throws IOException {
        String m = refusal("doctype.kml", fixture("doctype.kml"));
        assertThat(m).contains("DOCTYPE").doesNotContain("root:");
    }

    @Test
    void aBadPlacemarkIsNamedAndAPlacemarkWithoutStatusIsRefused() throws IOException {
        String m = refusal("bad-placemark.kml", fixture("bad-placemark.kml"));
        assertThat(m)
                .contains(
                        "Placemark 2 ('Occupied open ring'): the polygon, outer ring is not closed",
                        "Placemark 3 ('Nameless status'): status must be occupied, contested or regained (none given)");
        assertThat(m).doesNotContain("Placemark 1");
    }

    @Test
    void emptyBinaryAndUnreadableFilesAreRefused() {
        assertThat(refusal("empty.geojson", new byte[0])).isEqualTo("empty.geojson is empty");
        assertThat(refusal("blank.kml", "  \n ".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("blank.kml is empty");
        assertThat(refusal("photo.geojson", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 1}))
                .isEqualTo("photo.geojson is binary, not text");
        assertThat(refusal("latin1.kml", new byte[] {'<', 'k', (byte) 0xE9, '>'}))
                .contains("not UTF-8");
        assertThat(refusal("layer.kmz", "PK".getBytes(StandardCharsets.UTF_8))).contains("unzip it");
        assertThat(refusal("x.geojson", "{\"type\":\"Feature\"}".getBytes(StandardCharsets.UTF_8)))
                .contains("expected a GeoJSON FeatureCollection");
        assertThat(refusal("x.kml", "<kml><Document>".getBytes(StandardCharsets.UTF_8)))
                .contains("not well-formed XML");
        assertThat(refusal(
                        "x.geojson",
                        "{\"type\":\"FeatureCollection\",\"features\":[]}".getBytes(StandardCharsets.UTF_8)))
                .contains("no features");
    }

    @Test
    void aLineStringIsNoArea() {
        String line = """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Front","status":"occupied","valid_from":"2022-03-01"},
                 "geometry":{"type":"LineString","coordinates":[[32,46],[33,47]]}}]}""";
        assertThat(refusal("line.geojson", line.getBytes(StandardCharsets.UTF_8)))
                .contains("feature 1 ('Front'): geometry must be a Polygon or MultiPolygon, not LineString");
    }
}
