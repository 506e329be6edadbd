package org.frontlineatlas.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.frontlineatlas.bench.SyntheticEvents;
import org.frontlineatlas.events.Database;
import org.frontlineatlas.events.EventBulkLoader;
import org.frontlineatlas.fuzz.HostileText;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The public read API with hostile query parameters (bbox, from, to, type, limit, zoom): the answer
 * is the data (200) or a one-line reason (400), never a server error, and in bounded time.
 */
class PublicApiParamsFuzzTest {

    private static HikariDataSource ds;
    private static MockMvc http;

    @BeforeContainer
    static void load() {
        ds = Database.open("jdbc:h2:mem:api-fuzz-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        new EventBulkLoader(ds).load(new SyntheticEvents(2_000, 5), SyntheticEvents.CREATED_BY, n -> {});
        http = PublicReadApi.over(ds);
    }

    @AfterContainer
    static void close() {
        ds.close();
    }

    @Provide
    Arbitrary<String> value() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        "2023-09-01",
                        "2023-02-30",
                        "30000-01-01",
                        "+999999999-12-31",
                        "-999999999-01-01",
                        "0000-01-01",
                        "35,47,39,49",
                        "39,49,35,47",
                        "-180,-90,180,90",
                        "NaN,NaN,NaN,NaN",
                        "Infinity,0,1,1",
                        "1e400,0,1,1",
                        "1,2,3",
                        "1,2,3,4,5",
                        ",,,",
                        "attack",
                        "attack,capture,NOPE",
                        "0",
                        "-1",
                        "1",
                        "3000",
                        "200000",
                        "200001",
                        "99999999999999999999",
                        "2.5",
                        "18",
                        "19",
                        "-5",
                        ""),
                Arbitraries.strings().all().ofMaxLength(30),
                HostileText.mixed(4));
    }

    @Provide
    Arbitrary<List<String>> names() {
        return Arbitraries.of("from", "to", "bbox", "type", "limit", "zoom")
                .list()
                .ofMaxSize(6);
    }

    @Property(tries = 1000)
    void hostileParametersGetDataOrAReasonNeverAnError(
            @ForAll("names") List<String> names,
            @ForAll("value") String v1,
            @ForAll("value") String v2,
            @ForAll("value") String v3,
            @ForAll("endpoint") String endpoint)
            throws Exception {
        MockHttpServletRequestBuilder request = get(endpoint);
        String[] values = {v1, v2, v3};
        for (int i = 0; i < names.size(); i++) {
            request.param(names.get(i), values[i % values.length]);
        }
        MockHttpServletResponse response = HostileText.bounded(() -> {
            try {
                return http.perform(request).andReturn().getResponse();
            } catch (Exception e) {
                throw new AssertionError("the request failed inside the app: " + e, e);
            }
        });

        assertThat(response.getStatus())
                .as(endpoint + " " + names + " " + List.of(values))
                .isIn(200, 400);
        if (response.getStatus() == 400) {
            assertThat(response.getContentAsString())
                    .isNotBlank()
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
    }

    @Provide
    Arbitrary<String> endpoint() {
        return Arbitraries.of("/api/events", "/api/events/grid", "/api/events.csv", "/api/histogram");
    }
}
