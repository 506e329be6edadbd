package org.frontlineatlas.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.frontlineatlas.testing.HttpApiTest;
import org.frontlineatlas.testing.TestTables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Pinning and correcting one event over HTTP (POST and PUT /api/events): who may, and what they get back. */
@Tag("database")
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:write-api;DB_CLOSE_DELAY=-1", "atlas.demo-data=false"})
class EventPinApiTest extends HttpApiTest {

    private static final RequestPostProcessor EDITOR = editor("pin-editor");
    private static final RequestPostProcessor OTHER_EDITOR = editor("pin-editor-2");
    private static final RequestPostProcessor READER = reader("pin-reader");
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void emptyStoreAndTwoEditors() {
        TestTables.emptyEvents(sql);
        ensureEditors("pin-editor", "pin-editor-2");
    }

    private static String feature(double lon, double lat, String date, String type, String summary) {
        var f = JSON.createObjectNode().put("type", "Feature");
        f.putObject("geometry")
                .put("type", "Point")
                .putArray("coordinates")
                .add(lon)
                .add(lat);
        f.putObject("properties")
                .put("date", date)
                .put("type", type)
                .put("summary", summary)
                .put("place", "Kupiansk")
                .put("datePrecision", "day")
                .put("geoPrecision", 1)
                .put("confidence", 0.8)
                .put("source", "Wire")
                .put("sourceUrl", "https://example.org/report");
        return f.toString();
    }

    /** POST /api/events as {@code who}, with the CSRF token a signed-in page sends. */
    private ResultActions postAs(RequestPostProcessor who, String body) throws Exception {
        return postAs(who, "/api/events", "application/geo+json", body);
    }

    /** PUT /api/events/{id} as {@code who}, claiming version {@code ifMatch} (none when null). */
    private ResultActions putAs(RequestPostProcessor who, long id, String ifMatch, String body) throws Exception {
        MockHttpServletRequestBuilder put = put("/api/events/" + id)
                .with(csrf())
                .with(who)
                .contentType("application/geo+json")
                .content(body);
        return http.perform(ifMatch == null ? put : put.header("If-Match", ifMatch));
    }

    /** An editor's pin, answered 201: the stored feature. */
    private JsonNode pin(String body) throws Exception {
        String answer = postAs(EDITOR, body)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JSON.readTree(answer);
    }

    private long pinnedId(String body) throws Exception {
        return pin(body).path("properties").path("id").asLong();
    }

    @Test
    void anEditorPinsAnEventThenCorrectsIt() throws Exception {
        String created = postAs(
                        EDITOR,
                        feature(37.61, 49.71, "2023-02-01", "shelling_or_strike", "Shelling of the town centre"))
                .andExpect(status().isCreated())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(header().string("Location", containsString("/api/events/")))
                .andExpect(jsonPath("$.type").value("Feature"))
                .andExpect(jsonPath("$.properties.version").value(0))
                .andExpect(jsonPath("$.properties.status").value("published"))
                .andExpect(jsonPath("$.properties.origin").value("pinned"))
                .andExpect(jsonPath("$.geometry.coordinates[0]").value(37.61))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long id = JSON.readTree(created).path("properties").path("id").asLong();
        assertThat(id).isPositive();

        // Readers see the pin at once, with the version an editor would need to correct it.
        http.perform(get("/api/events/" + id))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.properties.summary").value("Shelling of the town centre"));

        // Moved a little and retyped: the answer is the new version.
        http.perform(put("/api/events/" + id)
                        .with(csrf())
                        .with(OTHER_EDITOR)
                        .header("If-Match", "\"0\"")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(feature(37.62, 49.70, "2023-02-02", "attack", "Ground attack near the centre")))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.properties.id").value(id))
                .andExpect(jsonPath("$.properties.version").value(1))
                .andExpect(jsonPath("$.properties.type").value("attack"))
                .andExpect(jsonPath("$.properties.date").value("2023-02-02"))
                .andExpect(jsonPath("$.properties.status").value("published"))
                .andExpect(jsonPath("$.geometry.coordinates[1]").value(49.70));

        var stored = sql.sql("SELECT created_by, updated_by, event_type, longitude FROM geo_event WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
        assertThat(stored)
                .containsEntry("CREATED_BY", "pin-editor")
                .containsEntry("UPDATED_BY", "pin-editor-2")
                .containsEntry("EVENT_TYPE", "attack");
        assertThat(sql.sql("SELECT action FROM event_audit WHERE event_id = :id ORDER BY id")
                        .param("id", id)
                        .query(String.class)
                        .list())
                .containsExactly("create", "update");
    }

    @Test
    void anonymousCallersGet401AndReadersWithoutTheRole403() throws Exception {
        String body = feature(37.61, 49.71, "2023-02-01", "attack", "Attack");
        http.perform(post("/api/events")
                        .with(csrf())
                        .contentType("application/geo+json")
                        .content(body))
                .andExpect(status().isUnauthorized());
        postAs(READER, body).andExpect(status().isForbidden());
        long id = pinnedId(body);
        http.perform(put("/api/events/" + id)
                        .with(csrf())
                        .header("If-Match", "\"0\"")
                        .contentType("application/geo+json")
                        .content(feature(30.0, 50.0, "2023-02-01", "attack", "Moved away")))
                .andExpect(status().isUnauthorized());
        // Signed in but without the CSRF token: refused too.
        http.perform(put("/api/events/" + id)
                        .with(EDITOR)
                        .header("If-Match", "\"0\"")
                        .contentType("application/geo+json")
                        .content(feature(30.0, 50.0, "2023-02-01", "attack", "Moved away")))
                .andExpect(status().isForbidden());
        assertThat(rows("geo_event")).isOne();
        assertThat(sql.sql("SELECT version FROM geo_event").query(Integer.class).single())
                .isZero();
    }

    @Test
    void aStaleVersionGets409AndOverwritesNothing() throws Exception {
        long id = pinnedId(feature(37.61, 49.71, "2023-02-01", "attack", "First report"));
        putAs(EDITOR, id, "\"0\"", feature(37.61, 49.71, "2023-02-01", "attack", "Saved first"))
                .andExpect(status().isOk());
        // The second editor also started from version 0.
        putAs(OTHER_EDITOR, id, "\"0\"", feature(37.61, 49.71, "2023-02-01", "capture", "Saved second"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value(containsString("Someone else changed this report")));
        assertThat(sql.sql("SELECT summary FROM geo_event WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo("Saved first");

        putAs(EDITOR, id + 1000, "\"0\"", feature(37.61, 49.71, "2023-02-01", "attack", "Nowhere"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.error").value("no event " + (id + 1000)));
        putAs(EDITOR, id, null, feature(37.61, 49.71, "2023-02-01", "attack", "No version"))
                .andExpect(status().isPreconditionRequired())
                .andExpect(jsonPath("$.error").value(containsString("If-Match")));
        putAs(EDITOR, id, "*", feature(37.61, 49.71, "2023-02-01", "attack", "Any version"))
                .andExpect(status().isBadRequest());
        assertThat(sql.sql("SELECT version FROM geo_event WHERE id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isOne();
    }

    @Test
    void hostileHtmlInASummaryIsStoredAndAnsweredAsText() throws Exception {
        String hostile = "<img src=x onerror=alert(1)><script>fetch('/api/events')</script> & shelling";
        JsonNode stored = pin(feature(36.23, 49.99, "2023-03-01", "shelling_or_strike", hostile));
        assertThat(stored.path("properties").path("summary").asText()).isEqualTo(hostile);
        long id = stored.path("properties").path("id").asLong();
        assertThat(sql.sql("SELECT summary FROM geo_event WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEqualTo(hostile);
        http.perform(get("/api/events/" + id))
                .andExpect(content().contentTypeCompatibleWith("application/geo+json"))
                .andExpect(jsonPath("$.properties.summary").value(hostile));
    }

    @Test
    void badEventsAreRefusedWithAOneLineReasonAndNothingIsStored() throws Exception {
        String[][] cases = {
            {feature(37.6, 95.0, "2023-01-06", "attack", "Off the globe"), "coordinates off the globe"},
            {feature(37.6, 49.7, "2023-02-30", "attack", "No such day"), "date must be a date as YYYY-MM-DD"},
            {feature(37.6, 49.7, "1999-01-01", "attack", "Before the war"), "date must lie between"},
            {feature(37.6, 49.7, "2023-01-06", "bombing", "Unknown type"), "unknown event type: bombing"},
            {feature(37.6, 49.7, "2023-01-06", "attack", " "), "summary is required"},
            {"{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\"}}", "geometry must be a Point"},
            {"{\"type\":\"FeatureCollection\",\"features\":[]}", "not a GeoJSON Feature"},
            {"[1,2", "not valid JSON"},
        };
        for (String[] c : cases) {
            postAs(EDITOR, c[0])
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.error").value(containsString(c[1])));
        }
        assertThat(rows("geo_event")).isZero();
        long id = pinnedId(feature(37.61, 49.71, "2023-02-01", "attack", "Good"));
        putAs(EDITOR, id, "\"0\"", cases[0][0])
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("off the globe")));
        assertThat(sql.sql("SELECT version FROM geo_event").query(Integer.class).single())
                .isZero();
    }
}
