package org.frontlineatlas.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.frontlineatlas.testing.FreshDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Versions, areas and their audit are stored and read back; the newest version covering a day wins. */
@Tag("database")
class ControlAreaStorageTest {

    private static final GeometryFactory GF = new GeometryFactory();

    @RegisterExtension
    final FreshDatabase db = new FreshDatabase("control");

    private ControlAreaRepository repo;

    @BeforeEach
    void open() {
        repo = new ControlAreaRepository(db.sql());
    }

    static Polygon box(double lon1, double lat1, double lon2, double lat2) {
        return GF.createPolygon(new Coordinate[] {
            new Coordinate(lon1, lat1),
            new Coordinate(lon2, lat1),
            new Coordinate(lon2, lat2),
            new Coordinate(lon1, lat2),
            new Coordinate(lon1, lat1)
        });
    }

    private static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    void aVersionIsStoredWithItsAreasAndAnAuditRow() {
        ControlArea crimea = ControlArea.draft(
                "Crimea",
                ControlStatus.OCCUPIED,
                d("2014-03-18"),
                null,
                box(32.5, 44.4, 36.6, 46.2),
                true,
                "public knowledge");
        ControlArea right = ControlArea.draft(
                "Kherson right bank",
                ControlStatus.OCCUPIED,
                d("2022-03-02"),
                d("2022-11-10"),
                box(32.5, 46.5, 33.5, 47.0),
                false,
                null);
        long v = repo.insertVersion(
                "test source",
                "first import",
                "editor1",
                Instant.parse("2026-12-07T05:00:00Z"),
                List.of(crimea, right));

        List<ControlVersion> versions = repo.versions();
        assertThat(versions).hasSize(1);
        assertThat(versions.get(0).sourceName()).isEqualTo("test source");
        assertThat(versions.get(0).importedBy()).isEqualTo("editor1");
        assertThat(versions.get(0).firstDay()).isEqualTo(d("2014-03-18"));
        assertThat(versions.get(0).lastDay()).isNull();
        assertThat(versions.get(0).areas()).isEqualTo(2);
        assertThat(repo.auditOf(v))
                .singleElement()
                .asString()
                .contains("import by editor1", "2 areas from test source");

        List<ControlArea> march = repo.areasOn(v, d("2022-03-05"));
        assertThat(march).extracting(ControlArea::name).containsExactly("Crimea", "Kherson right bank");
        assertThat(march.get(0).geometry().equalsExact(crimea.geometry())).isTrue();
        assertThat(march.get(0).areaKm2()).isEqualTo(crimea.areaKm2());
        assertThat(march.get(0).approximate()).isTrue();
        assertThat(repo.areasOn(v, d("2022-11-11")))
                .extracting(ControlArea::name)
                .containsExactly("Crimea");
        assertThat(repo.areasOn(v, d("2022-11-10"))).hasSize(2);
        assertThat(repo.areasOnAnyDay(v)).extracting(ControlArea::validTo).containsExactly(null, d("2022-11-10"));
    }

    @Test
    void theNewestVersionCoveringADayWins() {
        long old = repo.insertVersion(
                "old",
                null,
                "e",
                Instant.now(),
                List.of(ControlArea.draft(
                        "a", ControlStatus.OCCUPIED, d("2022-01-01"), null, box(35, 47, 36, 48), false, null)));
        long later = repo.insertVersion(
                "later",
                null,
                "e",
                Instant.now(),
                List.of(ControlArea.draft(
                        "b",
                        ControlStatus.CONTESTED,
                        d("2023-01-01"),
                        d("2023-12-31"),
                        box(35, 47, 35.5, 47.5),
                        false,
                        null)));
        assertThat(repo.versionCovering(d("2022-06-01"))).contains(old);
        assertThat(repo.versionCovering(d("2023-06-01"))).contains(later);
        assertThat(repo.versionCovering(d("2024-06-01"))).contains(old);
        assertThat(repo.versionCovering(d("2021-06-01"))).isEmpty();
        assertThat(repo.versions()).extracting(ControlVersion::sourceName).containsExactly("later", "old");
    }
}
