package org.frontlineatlas.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.frontlineatlas.testing.FixtureSite;
import org.frontlineatlas.testing.HttpApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** POST /api/articles with a link: the article fetched, read and handed to the same extraction as pasted text. */
@IntakeSpringBootTest
class UrlIntakeApiTest extends HttpApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RequestPostProcessor EDITOR = editor("url-editor");

    @RegisterExtension
    static final FixtureSite site = FixtureSite.start();

    @BeforeEach
    void emptyStore() {
        IntakeTestApp.emptyStore(sql);
        ensureEditors("url-editor");
    }

    private ResultActions postJson(RequestPostProcessor who, Map<String, Object> body) throws Exception {
        return http.perform(post("/api/articles")
                .with(csrf())
                .with(who)
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body)));
    }

    private static List<String> events(ResultActions answer) throws Exception {
        JsonNode features = JSON.readTree(answer.andReturn().getResponse().getContentAsString())
                .at("/articles/0/events/features");
        List<String> found = new ArrayList<>();
        for (JsonNode f : features) {
            JsonNode p = f.get("properties");
            found.add(p.get("place").asText() + " " + p.get("date").asText() + " "
                    + p.get("type").asText() + " " + p.get("summary").asText() + " | "
                    + p.get("source").asText());
        }
        return found.stream().sorted().toList();
    }

    private long articles() {
        return sql.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
    }

    @Test
    void aFixtureUrlYieldsTheSameEventsAsPastingItsText() throws Exception {
        List<String> pasted = events(postJson(
                        EDITOR,
                        Map.of(
                                "text",
                                FixtureSite.resource("kupiansk-depot.txt"),
                                "published",
                                "2023-03-14",
                                "publisher",
                                "Eastern Wire"))
                .andExpect(status().isCreated()));
        emptyStore();
        List<String> fetched = events(postJson(
                        EDITOR, Map.of("url", site.url("/news/kupiansk-depot").toString()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.articles[0].title").value("Drone attack damages rail depot in Kupiansk")));

        assertThat(pasted).isNotEmpty().anyMatch(e -> e.startsWith("Kupiansk 2023-03-13"));
        assertThat(fetched).isEqualTo(pasted);
        assertThat(sql.sql("SELECT source_url FROM article").query(String.class).single())
                .isEqualTo(site.url("/news/kupiansk-depot").toString());
        assertThat(sql.sql("SELECT DISTINCT status FROM geo_event")
                        .query(String.class)
                        .list())
                .containsExactly("PROPOSED");
    }

    @Test
    void theSameArticleFetchedTwiceIsOneArticle() throws Exception {
        long id = JSON.readTree(postJson(
                                EDITOR,
                                Map.of(
                                        "url",
                                        site.url("/news/kupiansk-depot?utm_source=x")
                                                .toString()))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .at("/articles/0/id")
                .asLong();
        int fetches = site.hits("/news/kupiansk-depot");
        postJson(EDITOR, Map.of("url", site.url("/news/kupiansk-depot#comments").toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.articles[0].duplicate").value(true))
                .andExpect(jsonPath("$.articles[0].id").value(id))
                .andExpect(
                        jsonPath("$.articles[0].events.features.length()").value(org.hamcrest.Matchers.greaterThan(0)));
        assertThat(site.hits("/news/kupiansk-depot"))
                .as("known by its canonical address: not fetched again")
                .isEqualTo(fetches);
        assertThat(articles()).isEqualTo(1);
    }

    @Test
    void aPageThatCannotBeFetchedIsRefusedWithAOneLineReasonAndNothingStored() throws Exception {
        postJson(EDITOR, Map.of("url", site.url("/slow").toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.endsWith("did not answer within 3 s")));
        postJson(EDITOR, Map.of("url", "ftp://example.org/a"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(org.hamcrest.Matchers.startsWith("only http and https")));
        postJson(EDITOR, Map.of("url", "not a url")).andExpect(status().isBadRequest());
        assertThat(articles()).isZero();
    }

    @Test
    void anonymousCallersAndReadersCannotMakeTheAppFetch() throws Exception {
        http.perform(post("/api/articles")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"url\":\"" + site.url("/news/scripts") + "\"}"))
                .andExpect(status().isUnauthorized());
        postJson(reader("a-reader"), Map.of("url", site.url("/news/scripts").toString()))
                .andExpect(status().isForbidden());
        assertThat(site.hits("/news/scripts")).isZero();
        assertThat(articles()).isZero();
    }
}
