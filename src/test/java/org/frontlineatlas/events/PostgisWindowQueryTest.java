package org.frontlineatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontlineatlas.bench.SyntheticEvents;
import org.frontlineatlas.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The window query's bounding box: exact on both databases, and on PostgreSQL answered by PostGIS
 * (the geom column the database keeps, and its GiST index).
 */
@Tag("database")
class PostgisWindowQueryTest {

    private static final BoundingBox AROUND_KHARKIV = new BoundingBox(35.8, 49.8, 36.6, 50.2);
    private static HikariDataSource ds;
    private static List<GeoEvent> all;

    @BeforeAll
    static void load() {
        ds = TestDatabase.open("postgis");
        all = new SyntheticEvents(20_000, 7).toList();
        new EventBulkLoader(ds).load(all, "postgis-test", n -> {});
        if (TestDatabase.postgres()) {
            JdbcClient.create(ds).sql("ANALYZE geo_event").update(); // fresh statistics, as autovacuum would gather
        }
    }

    @AfterAll
    static void close() {
        if (ds != null) {
            ds.close();
        }
    }

    @Test
    void theDatabaseKeepsEachEventsPointInItsGeometry() {
        assumeTrue(TestDatabase.postgres(), "PostGIS runs only in the PostgreSQL test pass");
        var row = JdbcClient.create(ds).sql("""
                SELECT COUNT(*) AS n, SUM(CASE WHEN ST_X(geom) = longitude AND ST_Y(geom) = latitude
                    AND ST_SRID(geom) = 4326 THEN 1 ELSE 0 END) AS same FROM geo_event""").query().singleRow();
        assertThat(((Number) row.get("n")).longValue()).isEqualTo(all.size());
        assertThat(((Number) row.get("same")).longValue()).isEqualTo(all.size());
    }

    @Test
    void aSmallBoxOverYearsIsFoundThroughTheGistIndex() {
        assumeTrue(TestDatabase.postgres(), "PostGIS runs only in the PostgreSQL test pass");
        EventQuery q = EventQuery.published(LocalDate.parse("2022-02-24"), LocalDate.parse("2025-02-23"))
                .withBox(AROUND_KHARKIV);
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = new EventWindowQueries(JdbcClient.create(ds)).windowSql(q, params);

        String plan = String.join(
                "\n",
                JdbcClient.create(ds)
                        .sql("EXPLAIN " + sql)
                        .params(params)
                        .query(String.class)
                        .list());

        assertThat(plan).contains("geo_event_geom");
    }

    @Test
    void theBoxFindsExactlyTheEventsInsideIt() {
        EventQuery q = EventQuery.published(LocalDate.parse("2022-05-01"), LocalDate.parse("2022-09-30"))
                .withBox(AROUND_KHARKIV);

        List<GeoEvent> found = EventService.on(ds).find(q);

        long expected = all.stream()
                .filter(e -> e.status() == EventStatus.PUBLISHED)
                .filter(e -> !e.dateEnd().isBefore(q.from()) && !e.date().isAfter(q.to()))
                .filter(e ->
                        e.latitude() >= 49.8 && e.latitude() <= 50.2 && e.longitude() >= 35.8 && e.longitude() <= 36.6)
                .count();
        assertThat(expected).isGreaterThan(50);
        assertThat(found)
                .hasSize((int) expected)
                .allSatisfy(e -> assertThat(e.placeName()).isNotBlank());
    }
}
