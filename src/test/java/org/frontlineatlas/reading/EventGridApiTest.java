package org.frontlineatlas.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import org.frontlineatlas.bench.SyntheticEvents;
import org.frontlineatlas.events.EventBulkLoader;
import org.frontlineatlas.testing.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

/** The grid and events endpoints over HTTP (Spring MockMvc) on 8,000 synthetic events (H2, or PostgreSQL in its test pass). */
@Tag("database")
class EventGridApiTest {

    private static final String MONTHS = "from=2023-09-01&to=2023-11-30";
    private static final String FRONT = "35.0,47.0,39.0,49.0";

    private static HikariDataSource ds;
    private static MockMvc http;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void load() {
        ds = TestDatabase.open("grid-api");
        new EventBulkLoader(ds).load(new SyntheticEvents(8_000, 11), SyntheticEvents.CREATED_BY, n -> {});
        http = PublicReadApi.over(ds);
    }

    @AfterAll
    static void close() {
        ds.close();
    }

    private JsonNode getJson(String url) throws Exception {
        String body = http.perform(get(url))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body);
    }

    private static long sumOfCounts(JsonNode grid) {
        long sum = 0;
        for (JsonNode cell : grid.get("features")) {
            sum += cell.at("/properties/count").asLong();
        }
        return sum;
    }

    @Test
    void cellsAddUpToTheWindowsTotal() throws Exception {
        JsonNode events = getJson("/api/events?" + MONTHS);
        JsonNode grid = getJson("/api/events/grid?" + MONTHS + "&zoom=6");

        int inWindow = events.get("features").size();
        assertThat(inWindow).isGreaterThan(100);
        assertThat(events.get("total").asLong()).isEqualTo(inWindow);
        assertThat(grid.get("total").asLong()).isEqualTo(inWindow);
        assertThat(sumOfCounts(grid)).isEqualTo(inWindow);
        JsonNode cell = grid.at("/features/0");
        assertThat(cell.at("/geometry/type").asText()).isEqualTo("Point");
        assertThat(cell.at("/properties/first").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        long byType = 0;
        for (JsonNode n : cell.at("/properties/types")) {
            byType += n.asLong();
        }
        assertThat(byType).isEqualTo(cell.at("/properties/count").asLong());
    }

    @Test
    void aBoxKeepsCellsInsideAndCountsOnlyWhatIsInside() throws Exception {
        JsonNode events = getJson("/api/events?" + MONTHS + "&bbox=" + FRONT);
        JsonNode grid = getJson("/api/events/grid?" + MONTHS + "&bbox=" + FRONT + "&zoom=9");

        assertThat(grid.get("total").asLong())
                .isEqualTo(events.get("features").size())
                .isLessThan(getJson("/api/events/grid?" + MONTHS).get("total").asLong());
        for (JsonNode cell : grid.get("features")) {
            assertThat(cell.at("/geometry/coordinates/0").asDouble()).isBetween(35.0, 39.0);
            assertThat(cell.at("/geometry/coordinates/1").asDouble()).isBetween(47.0, 49.0);
        }
    }

    @Test
    void aTypeFilterKeepsOnlyThatType() throws Exception {
        JsonNode grid = getJson("/api/events/grid?" + MONTHS + "&type=aid");

        assertThat(grid.get("total").asLong())
                .isPositive()
                .isEqualTo(getJson("/api/events?" + MONTHS + "&type=aid")
                        .get("features")
                        .size());
        for (JsonNode cell : grid.get("features")) {
            assertThat(cell.at("/properties/types").fieldNames()).toIterable().containsOnly("aid");
        }
    }

    @Test
    void overItsLimitTheEventsEndpointSendsTheCountInsteadOfAPartialMap() throws Exception {
        JsonNode over = getJson("/api/events?" + MONTHS + "&limit=50");
        long total = getJson("/api/events?" + MONTHS).get("features").size();

        assertThat(over.get("truncated").asBoolean()).isTrue();
        assertThat(over.get("total").asLong()).isEqualTo(total);
        assertThat(over.get("features")).isEmpty();
        JsonNode under = getJson("/api/events?" + MONTHS + "&limit=" + total);
        assertThat(under.get("truncated").asBoolean()).isFalse();
        assertThat(under.get("features")).hasSize((int) total);
    }

    @Test
    void badParametersGetAOneLineMessage() throws Exception {
        http.perform(get("/api/events/grid?zoom=banana"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("zoom must be a number from 0 to 18"));
        http.perform(get("/api/events/grid?zoom=40")).andExpect(status().isBadRequest());
        http.perform(get("/api/events/grid?bbox=1,2,3"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("bbox must be west,south,east,north"));
        http.perform(get("/api/events?limit=0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("limit must be a whole number from 1 to 200000"));
    }
}
