package org.frontlineatlas.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.frontlineatlas.testing.FreshDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An editor's vertex correction is stored as imports are: a new version (all areas of the corrected
 * one's version, one outline changed, km² recomputed) with source "editor correction by …" and an
 * audit row; the version before is kept; an outline crossing itself is refused and writes nothing.
 */
@Tag("database")
class ControlCorrectionStorageTest {

    @RegisterExtension
    final FreshDatabase db = new FreshDatabase("control-correction");

    private ControlAreaRepository repo;
    private ControlCorrection corrections;
    private ControlAreas areas;
    private long first;

    @BeforeEach
    void open() {
        JdbcClient sql = db.sql();
        repo = new ControlAreaRepository(sql);
        corrections = new ControlCorrection(sql, db.transactions());
        areas = new ControlAreas(sql);
        first = repo.insertVersion(
                "test import",
                null,
                "importer",
                Instant.parse("2026-12-01T00:00:00Z"),
                List.of(
                        ControlArea.draft(
                                "Box east",
                                ControlStatus.OCCUPIED,
                                LocalDate.parse("2022-02-24"),
                                null,
                                ControlAreaStorageTest.box(37, 47, 38, 48),
                                true,
                                "approximate"),
                        ControlArea.draft(
                                "Box west",
                                ControlStatus.CONTESTED,
                                LocalDate.parse("2022-02-24"),
                                LocalDate.parse("2022-12-31"),
                                ControlAreaStorageTest.box(35, 47, 36, 48),
                                false,
                                null)));
    }

    private ControlArea east(long version) {
        return repo.areasOf(version).stream()
                .filter(a -> a.name().equals("Box east"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aMovedVertexBecomesANewVersionWithItsSourceAndAuditAndThePublicDayShowsIt() {
        ControlArea before = east(first);
        // The north-east corner (38, 48) pulled out to (38.5, 48.5): the box grows.
        String moved = "{\"type\":\"Polygon\",\"coordinates\":[[[37,47],[38,47],[38.5,48.5],[37,48],[37,47]]]}";

        ControlCorrection.Result r = corrections.correct(before.id(), moved, "olena");

        assertThat(r.version()).isGreaterThan(first);
        ControlVersion v = repo.versions().get(0);
        assertThat(v.id()).isEqualTo(r.version());
        assertThat(v.sourceName()).isEqualTo("editor correction by olena");
        assertThat(v.importedBy()).isEqualTo("olena");
        assertThat(v.areas()).isEqualTo(2);
        assertThat(v.firstDay()).isEqualTo(LocalDate.parse("2022-02-24"));
        assertThat(v.lastDay()).isNull();
        assertThat(repo.auditOf(r.version()))
                .singleElement()
                .asString()
                .startsWith("correct by olena: outline of Box east")
                .contains("version " + first);

        ControlArea after = east(r.version());
        assertThat(after.id()).isEqualTo(r.areaId());
        assertThat(after.geometry().getCoordinates()).contains(new Coordinate(38.5, 48.5));
        assertThat(after.areaKm2()).isGreaterThan(before.areaKm2() * 1.2).isEqualTo(r.km2After());
        assertThat(after.approximate()).isTrue();
        assertThat(after.note()).isEqualTo("approximate");
        // The other area is copied as it was.
        ControlArea west = repo.areasOf(r.version()).stream()
                .filter(a -> a.name().equals("Box west"))
                .findFirst()
                .orElseThrow();
        assertThat(west.geometry().equalsExact(ControlAreaStorageTest.box(35, 47, 36, 48)))
                .isTrue();
        assertThat(west.validTo()).isEqualTo(LocalDate.parse("2022-12-31"));
        // Nothing lost: the version before is still there, unchanged.
        assertThat(east(first).geometry().equalsExact(before.geometry())).isTrue();
        // The day's areas now come from the correction.
        ControlAreas.Snapshot day = areas.on(LocalDate.parse("2024-01-01"));
        assertThat(day.version()).isEqualTo(r.version());
        assertThat(day.areas()).singleElement().extracting(ControlArea::id).isEqualTo(r.areaId());
    }

    @Test
    void anOutlineThatCrossesItselfIsRefusedWithWhereAndNothingIsWritten() {
        ControlArea before = east(first);
        // The corner (38, 48) dragged below the bottom edge: the ring's edges cross.
        String bowtie = "{\"type\":\"Polygon\",\"coordinates\":[[[37,47],[38,47],[37.5,46.5],[37,48],[37,47]]]}";

        assertThatThrownBy(() -> corrections.correct(before.id(), bowtie, "olena"))
                .isInstanceOfSatisfying(InvalidGeometryException.class, e -> {
                    assertThat(e.crossesItself()).isTrue();
                    assertThat(e.where()).matches("3\\d(\\.\\d+)?, 4\\d(\\.\\d+)?");
                });
        assertThat(repo.countVersions()).isEqualTo(1);
        assertThat(repo.auditOf(first)).hasSize(1);
        assertThat(east(first).geometry().equalsExact(before.geometry())).isTrue();
    }

    @Test
    void aCorrectionOfAnAreaWhoseVersionWasSupersededIsRefusedSoTheNewerOneIsNotUndone() {
        ControlArea stale = east(first);
        String moved = "{\"type\":\"Polygon\",\"coordinates\":[[[37,47],[38,47],[38.5,48.5],[37,48],[37,47]]]}";
        ControlCorrection.Result other = corrections.correct(stale.id(), moved, "taras");
        String mine = "{\"type\":\"Polygon\",\"coordinates\":[[[37,47],[38.2,47],[38,48],[37,48],[37,47]]]}";

        assertThatThrownBy(() -> corrections.correct(stale.id(), mine, "olena"))
                .hasMessageContaining("the areas were changed since they were opened (version " + other.version()
                        + ", editor correction by taras, covers some of the same days)");
        assertThat(repo.countVersions()).isEqualTo(2);
        // Correcting the newer version's area is fine.
        assertThat(corrections.correct(other.areaId(), mine, "olena").version()).isGreaterThan(other.version());
    }

    @Test
    void anAreaThatIsGoneOrAnOutlineThatIsNotGeoJsonIsRefused() {
        assertThatThrownBy(() -> corrections.correct(
                        999_999, "{\"type\":\"Polygon\",\"coordinates\":[[[37,47],[38,47],[38,48],[37,47]]]}", "olena"))
                .hasMessageContaining("area 999999 does not exist");
        assertThatThrownBy(() -> corrections.correct(east(first).id(), "not json", "olena"))
                .hasMessageContaining("not GeoJSON");
        assertThatThrownBy(() ->
                        corrections.correct(east(first).id(), "{\"type\":\"Point\",\"coordinates\":[37,47]}", "olena"))
                .hasMessageContaining("Polygon or MultiPolygon");
        assertThat(repo.countVersions()).isEqualTo(1);
    }
}
