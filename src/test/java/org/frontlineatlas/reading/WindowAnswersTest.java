package org.frontlineatlas.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.frontlineatlas.events.EventChangeBroadcaster;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.TestEvents;
import org.frontlineatlas.security.Role;
import org.frontlineatlas.security.UserRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Window answers are shared between readers, and a change shows in the very next answer for its days. */
@Tag("database")
@SpringBootTest(
        properties = {"spring.datasource.url=jdbc:h2:mem:window-answers;DB_CLOSE_DELAY=-1", "atlas.demo-data=false"})
@AutoConfigureMockMvc
class WindowAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String MAY = "/api/events?from=2022-05-01&to=2022-05-31&limit=3000";
    private static final String JULY = "/api/events?from=2022-07-01&to=2022-07-31&limit=3000";

    @Autowired
    MockMvc http;

    @Autowired
    WindowAnswers answers;

    @Autowired
    EventService events;

    @Autowired
    WindowReader windows;

    @Autowired
    EventChangeBroadcaster changes;

    @Autowired
    UserRepository users;

    @BeforeEach
    void twoMonthsOfReportsAndAnEditor() throws InterruptedException {
        if (!users.exists("cache-editor")) {
            users.insert("cache-editor", "{noop}unused", Set.of(Role.EDITOR), Instant.now());
        }
        events.createAll(
                java.util.List.of(
                        TestEvents.published("Kharkiv", 49.99, 36.23, "2022-05-14", EventType.SHELLING_OR_STRIKE),
                        TestEvents.published("Mariupol", 47.10, 37.54, "2022-05-03", EventType.ATTACK),
                        TestEvents.published("Lysychansk", 48.90, 38.43, "2022-07-02", EventType.CAPTURE)),
                "seed");
        changes.deliver(new EventChangeBroadcaster.Change(0, "seeded")); // written behind the API's back
        // The app loads its in-memory index of published events in the background once started.
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!windows.publishedIndex().ready() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(windows.publishedIndex().ready()).isTrue();
    }

    private MockHttpServletResponse read(String url) throws Exception {
        return http.perform(get(url).header("Accept-Encoding", "gzip, deflate"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
    }

    private static JsonNode gunzipped(MockHttpServletResponse r) throws Exception {
        assertThat(r.getHeader("Content-Encoding")).isEqualTo("gzip");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(r.getContentAsByteArray()))) {
            return JSON.readTree(in);
        }
    }

    private static long count(JsonNode fc, String summaryPart) {
        long n = 0;
        for (JsonNode f : fc.path("features")) {
            n += f.path("properties").path("summary").asText().contains(summaryPart) ? 1 : 0;
        }
        return n;
    }

    @Test
    void theSameWindowIsBuiltOnceAndServedGzippedToEveryReader() throws Exception {
        long missesBefore = answers.misses();
        JsonNode first = gunzipped(read(MAY));
        long hitsBefore = answers.hits();
        JsonNode again = gunzipped(read(MAY));

        assertThat(again).isEqualTo(first);
        assertThat(answers.hits()).isEqualTo(hitsBefore + 1);
        assertThat(answers.misses()).isEqualTo(missesBefore + 1);
        assertThat(first.path("total").asLong())
                .isEqualTo(first.path("features").size())
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void aClientThatDoesNotAcceptGzipGetsPlainJson() throws Exception {
        MockHttpServletResponse plain =
                http.perform(get(MAY)).andExpect(status().isOk()).andReturn().getResponse();

        assertThat(plain.getHeader("Content-Encoding")).isNull();
        assertThat(JSON.readTree(plain.getContentAsByteArray())).isEqualTo(gunzipped(read(MAY)));
    }

    @Test
    void aPinShowsInTheNextAnswerForItsDaysWhileOtherWindowsStayShared() throws Exception {
        gunzipped(read(MAY));
        gunzipped(read(JULY));
        String pin = """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [37.61, 49.71]},
                 "properties": {"date": "2022-05-20", "type": "attack", "place": "Kupiansk",
                  "summary": "Pinned while readers watched May"}}""";
        http.perform(post("/api/events")
                        .with(csrf())
                        .with(user("cache-editor").roles("EDITOR"))
                        .contentType("application/geo+json")
                        .content(pin))
                .andExpect(status().isCreated());

        long hitsBefore = answers.hits();
        assertThat(count(gunzipped(read(MAY)), "Pinned while readers watched May"))
                .isEqualTo(1);
        assertThat(answers.hits()).as("May was built again").isEqualTo(hitsBefore);
        gunzipped(read(JULY));
        assertThat(answers.hits()).as("July did not change and was shared").isEqualTo(hitsBefore + 1);
    }

    @Test
    void aCorrectedSummaryReplacesTheOldOneInTheNextAnswer() throws Exception {
        var kharkiv = TestEvents.published("Kharkiv", 49.99, 36.23, "2022-05-28", EventType.ATTACK);
        long id = events.create(kharkiv, "seed").id();
        changes.deliver(new EventChangeBroadcaster.Change(id, "create", kharkiv.date(), kharkiv.date()));
        assertThat(count(gunzipped(read(MAY)), "reported in Kharkiv")).isGreaterThanOrEqualTo(1);

        String etag =
                http.perform(get("/api/events/" + id)).andReturn().getResponse().getHeader("ETag");
        String correction = """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [36.23, 49.99]},
                 "properties": {"date": "2022-05-28", "type": "attack", "place": "Kharkiv",
                  "summary": "Corrected after the readers saw it"}}""";
        http.perform(put("/api/events/" + id)
                        .with(csrf())
                        .with(user("cache-editor").roles("EDITOR"))
                        .header("If-Match", etag)
                        .contentType("application/geo+json")
                        .content(correction))
                .andExpect(status().isOk());

        JsonNode may = gunzipped(read(MAY));
        JsonNode corrected = null;
        for (JsonNode f : may.path("features")) {
            corrected = f.path("id").asLong() == id ? f : corrected;
        }
        assertThat(corrected).isNotNull();
        assertThat(corrected.at("/properties/summary").asText()).isEqualTo("Corrected after the readers saw it");
        assertThat(may.path("total").asLong()).isEqualTo(may.path("features").size());
    }

    @Test
    void aChangeRelayedFromAnotherInstanceForgetsTheWindowsOfItsDays() throws Exception {
        assertThat(count(gunzipped(read(JULY)), "reported in Sievierodonetsk")).isZero();
        // Another instance stored it (not through this one) and told us over LISTEN/NOTIFY.
        var other = events.create(
                TestEvents.published("Sievierodonetsk", 48.95, 38.49, "2022-07-10", EventType.ATTACK),
                "other-instance");
        changes.deliver(new EventChangeBroadcaster.Change(
                other.id(), "create", LocalDate.parse("2022-07-10"), LocalDate.parse("2022-07-10")));

        assertThat(count(gunzipped(read(JULY)), "reported in Sievierodonetsk")).isEqualTo(1);
    }
}
