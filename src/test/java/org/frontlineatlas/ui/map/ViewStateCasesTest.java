package org.frontlineatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.frontlineatlas.events.DateRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The links of viewstate-cases.json read as the page reads them. frontend/test/view-state.spec.ts
 * checks the same file against the map's writer, so what one side writes the other reads.
 */
class ViewStateCasesTest {

    private static final JsonNode FILE = load();
    private static final DateRange RANGE = new DateRange(
            LocalDate.parse(FILE.path("range").path("first").asText()),
            LocalDate.parse(FILE.path("range").path("last").asText()));

    static Stream<JsonNode> cases() {
        List<JsonNode> list = new ArrayList<>();
        FILE.path("cases").forEach(list::add);
        return list.stream();
    }

    @ParameterizedTest(name = "{index}")
    @MethodSource("cases")
    void theLinkMeansTheStatedView(JsonNode c) {
        ViewState s = ViewState.fromLink(query(c.path("url").asText()), RANGE);
        JsonNode want = c.path("state");
        String name = c.path("name").asText();

        assertThat(s.date()).as(name).hasToString(want.path("date").asText());
        assertThat(s.windowDays()).as(name).isEqualTo(want.path("windowDays").asInt());
        assertThat(s.typesParam()).as(name).isEqualTo(want.path("types").asText());
        assertThat(s.source() == null ? "" : s.source())
                .as(name)
                .isEqualTo(want.path("source").asText());
        assertThat(s.minConfidence())
                .as(name)
                .isEqualTo(want.path("minConfidence").asDouble());
        assertThat(s.eventId() == null ? 0 : s.eventId())
                .as(name)
                .isEqualTo(want.path("selected").asLong());
        assertThat(s.speed()).as(name).isEqualTo(want.path("speed").asInt());
        JsonNode center = want.path("center");
        if (center.isNull()) {
            assertThat(s.center()).as(name).isNull();
        } else {
            assertThat(s.center())
                    .as(name)
                    .isEqualTo(new ViewState.Center(
                            center.path("lat").asDouble(),
                            center.path("lon").asDouble(),
                            center.path("zoom").asDouble()));
        }
        assertThat(s.notes()).as(name).hasSize(c.path("notes").asInt(0));
    }

    private static Map<String, List<String>> query(String url) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        for (String pair : url.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                String key = eq < 0 ? pair : pair.substring(0, eq);
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                query.computeIfAbsent(decode(key), k -> new ArrayList<>()).add(decode(value));
            }
        }
        return query;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static JsonNode load() {
        try (InputStream in = ViewStateCasesTest.class.getResourceAsStream("/viewstate-cases.json")) {
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("viewstate-cases.json unreadable", e);
        }
    }
}
