package org.frontlineatlas.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.frontlineatlas.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** The demo's approximate areas import cleanly, are all marked approximate, and tell Kherson's story. */
@Tag("database")
class DemoControlAreasTest {

    private static final Point KHERSON = ControlGeometry.FACTORY.createPoint(new Coordinate(32.617, 46.635));
    private static final Point KYIV = ControlGeometry.FACTORY.createPoint(new Coordinate(30.523, 50.450));
    private static final Point DONETSK = ControlGeometry.FACTORY.createPoint(new Coordinate(37.80, 48.00));
    private static final Point BUCHA = ControlGeometry.FACTORY.createPoint(new Coordinate(30.22, 50.54));
    private static final Point IZIUM = ControlGeometry.FACTORY.createPoint(new Coordinate(37.26, 49.21));
    private static final Point BAKHMUT = ControlGeometry.FACTORY.createPoint(new Coordinate(38.00, 48.595));

    private HikariDataSource ds;
    private ControlAreas areas;

    @BeforeEach
    void load() throws Exception {
        ds = TestDatabase.open("control-demo");
        JdbcClient sql = JdbcClient.create(ds);
        byte[] bytes;
        try (InputStream in = DemoControlAreas.class.getResourceAsStream(DemoControlAreas.RESOURCE)) {
            bytes = in.readAllBytes();
        }
        new ControlImport(sql, new DataSourceTransactionManager(ds))
                .importFile("control-areas-approximate.geojson", bytes, DemoControlAreas.SOURCE, null, "demo-data");
        areas = new ControlAreas(sql);
    }

    @AfterEach
    void close() {
        ds.close();
    }

    private boolean occupied(String day, Point p) {
        return areas.on(LocalDate.parse(day)).areas().stream()
                .anyMatch(a ->
                        a.status() == ControlStatus.OCCUPIED && a.geometry().covers(p));
    }

    private boolean regained(String day, Point p) {
        return areas.on(LocalDate.parse(day)).areas().stream()
                .anyMatch(a ->
                        a.status() == ControlStatus.REGAINED && a.geometry().covers(p));
    }

    @Test
    void everyDemoAreaIsMarkedApproximateWithASourceNote() {
        for (String day : List.of(
                "2022-02-24", "2022-03-15", "2022-06-01", "2022-11-20", "2023-07-01", "2024-12-31", "2026-01-01")) {
            var s = areas.on(LocalDate.parse(day));
            assertThat(s.areas()).as(day).isNotEmpty().allSatisfy(a -> {
                assertThat(a.approximate()).isTrue();
                assertThat(a.note()).startsWith("Approximate");
            });
        }
    }

    @Test
    void khersonIsOccupiedInMarchAndRegainedInNovember2022() {
        assertThat(occupied("2022-03-01", KHERSON)).isTrue();
        assertThat(occupied("2022-11-10", KHERSON)).isTrue();
        assertThat(occupied("2022-11-20", KHERSON)).isFalse();
        assertThat(regained("2022-11-20", KHERSON)).isTrue();
    }

    @Test
    void theStoryOfOtherPlacesHolds() {
        assertThat(occupied("2022-02-24", DONETSK)).isTrue();
        assertThat(occupied("2022-02-24", KHERSON)).isFalse();
        assertThat(occupied("2022-03-15", BUCHA)).isTrue();
        assertThat(occupied("2022-04-10", BUCHA)).isFalse();
        assertThat(occupied("2022-06-01", IZIUM)).isTrue();
        assertThat(occupied("2022-10-01", IZIUM)).isFalse();
        assertThat(occupied("2023-03-01", BAKHMUT)).isFalse();
        assertThat(occupied("2023-07-01", BAKHMUT)).isTrue();
        for (String day : List.of("2022-02-24", "2022-03-15", "2022-11-20", "2024-12-31", "2026-01-01")) {
            assertThat(occupied(day, KYIV)).as("Kyiv on " + day).isFalse();
        }
    }

    @Test
    void occupiedAreaFiguresAreInTheRangeOfPublicEstimates() {
        // Public figures (rounded): ~43 000 km² before the invasion (Crimea + 2014 line), ~160 000 at the
        // height of March 2022, ~105 000 - 115 000 from late 2022 on. The coarse demo must land near them.
        StringBuilder report = new StringBuilder("demo areas, occupied km² (union):");
        for (String day : List.of(
                "2022-02-24",
                "2022-03-15",
                "2022-06-01",
                "2022-10-01",
                "2022-11-20",
                "2023-07-01",
                "2024-12-31",
                "2026-01-01")) {
            var s = areas.on(LocalDate.parse(day));
            report.append(String.format(
                    Locale.ROOT,
                    "%n  %s occupied %,.0f contested %,.0f regained %,.0f",
                    day,
                    s.km2().getOrDefault(ControlStatus.OCCUPIED, 0.0),
                    s.km2().getOrDefault(ControlStatus.CONTESTED, 0.0),
                    s.km2().getOrDefault(ControlStatus.REGAINED, 0.0)));
        }
        ControlAreas.Diff d = areas.diff(LocalDate.parse("2022-03-01"), LocalDate.parse("2022-11-20"));
        report.append(String.format(
                Locale.ROOT,
                "%n  diff 2022-03-01 -> 2022-11-20: Ukraine regained %,.0f km², lost %,.0f km²",
                d.gainedKm2(),
                d.lostKm2()));
        System.out.println(report);

        assertThat(areas.on(LocalDate.parse("2022-02-24")).km2().get(ControlStatus.OCCUPIED))
                .isBetween(35_000.0, 50_000.0);
        assertThat(areas.on(LocalDate.parse("2022-03-15")).km2().get(ControlStatus.OCCUPIED))
                .isBetween(110_000.0, 180_000.0);
        assertThat(areas.on(LocalDate.parse("2022-11-20")).km2().get(ControlStatus.OCCUPIED))
                .isBetween(85_000.0, 125_000.0);
        assertThat(areas.on(LocalDate.parse("2026-01-01")).km2().get(ControlStatus.OCCUPIED))
                .isBetween(95_000.0, 135_000.0);
        assertThat(d.gainedKm2()).isGreaterThan(d.lostKm2());
        // Kyiv north, Sumy, Kharkiv east and Kherson's right bank: public estimates ~ 40 000 - 55 000 km².
        assertThat(d.gainedKm2()).isBetween(25_000.0, 70_000.0);
    }
}
