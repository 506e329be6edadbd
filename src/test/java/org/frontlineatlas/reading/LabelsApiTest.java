package org.frontlineatlas.reading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** GET /api/labels over HTTP (MockMvc) on the bundled gazetteer. */
class LabelsApiTest {

    private static final String UKRAINE = "22.1,44.3,40.3,52.4";
    /** About what a 1280×800 map shows at zoom 9 centred on Bakhmut (48.595, 38.0). */
    private static final String BAKHMUT_Z9 = "36.25,47.90,39.75,49.28";

    private static MockMvc http;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    static void setUp() {
        http = MockMvcBuilders.standaloneSetup(new LabelsApi()).build();
    }

    private JsonNode labels(String query) throws Exception {
        String body = http.perform(get("/api/labels?" + query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return json.readTree(body);
    }

    private static List<String> names(JsonNode answer) {
        List<String> out = new ArrayList<>();
        answer.get("labels").forEach(l -> out.add(l.get("name").asText()));
        return out;
    }

    @Test
    void zoomSixOverUkraineNamesTheOblastCentres() throws Exception {
        JsonNode answer = labels("bbox=" + UKRAINE + "&zoom=6");
        assertThat(names(answer))
                .contains(
                        "Kyiv",
                        "Kharkiv",
                        "Dnipro",
                        "Zaporizhzhia",
                        "Odesa",
                        "Lviv",
                        "Mykolaiv",
                        "Kherson",
                        "Vinnytsia",
                        "Uzhhorod",
                        "Chernihiv",
                        "Sumy",
                        "Poltava");
        // and not yet the towns: Bakhmut (80,500) waits for zoom 8
        assertThat(names(answer)).doesNotContain("Bakhmut", "Soledar");
        assertThat(answer.at("/labels/0/name").asText()).isEqualTo("Kyiv"); // the capital wins every collision
        assertThat(answer.get("truncated").asBoolean()).isFalse();
    }

    @Test
    void zoomFiveStartsWithCapitalsAndOblastCentres() throws Exception {
        JsonNode answer = labels("bbox=" + UKRAINE + "&zoom=5");
        assertThat(names(answer)).contains("Kyiv", "Uzhhorod", "Lutsk").doesNotContain("Kramatorsk", "Mariupol");
        answer.get("labels").forEach(l -> assertThat(l.get("minZoom").asInt()).isLessThanOrEqualTo(5));
    }

    @Test
    void englishLabelsSpellUkrainianPlacesTheKmu2010Way() throws Exception {
        // GeoNames writes the BGN/PCGN forms "Pervomaysk" and "Novyy Buh"; the Ukrainian government's
        // romanisation, which the map shows, is "Pervomaisk" and "Novyi Buh".
        List<String> names = names(labels("bbox=29.5,47.0,33.0,48.6&zoom=9"));
        assertThat(names).contains("Pervomaisk", "Novyi Buh").doesNotContain("Pervomaysk", "Novyy Buh");
    }

    @Test
    void zoomNineOverBakhmutNamesItAndItsNeighbours() throws Exception {
        JsonNode answer = labels("bbox=" + BAKHMUT_Z9 + "&zoom=9");
        List<String> names = names(answer);
        assertThat(names)
                .hasSizeGreaterThanOrEqualTo(8)
                .contains("Bakhmut", "Kramatorsk", "Sloviansk", "Kostiantynivka", "Horlivka");
        JsonNode bakhmut = null;
        for (JsonNode l : answer.get("labels")) {
            if (l.get("name").asText().equals("Bakhmut")) {
                bakhmut = l;
            }
        }
        assertThat(bakhmut.get("lat").asDouble()).isBetween(48.5, 48.7);
        assertThat(bakhmut.get("lon").asDouble()).isBetween(37.9, 38.1);
        assertThat(bakhmut.get("population").asLong()).isGreaterThan(50_000);
        // in rank order: larger places first
        long previous = Long.MAX_VALUE;
        for (JsonNode l : answer.get("labels")) {
            if (l.get("kind").asText().equals("town")) {
                assertThat(l.get("population").asLong()).isLessThanOrEqualTo(previous);
                previous = l.get("population").asLong();
            }
        }
    }

    @Test
    void zoomElevenNamesEveryVillageInView() throws Exception {
        List<String> names = names(labels("bbox=37.85,48.45,38.15,48.65&zoom=11"));
        assertThat(names).contains("Bakhmut", "Klishchiivka"); // Klishchiivka: 400 people
        assertThat(names(labels("bbox=37.85,48.45,38.15,48.65&zoom=10"))).doesNotContain("Klishchiivka");
    }

    @Test
    void ukrainianNamesWhenAsked() throws Exception {
        List<String> names = names(labels("bbox=" + BAKHMUT_Z9 + "&zoom=9&lang=uk"));
        assertThat(names).contains("Бахмут", "Краматорськ", "Горлівка");
        assertThat(names).doesNotContain("Bakhmut");
    }

    @Test
    void aBoxAcrossTheAntimeridianOrPastItFindsTheSamePlaces() throws Exception {
        List<String> shifted = names(labels("bbox=" + "382.1,44.3,400.3,52.4" + "&zoom=6"));
        assertThat(shifted).isEqualTo(names(labels("bbox=" + UKRAINE + "&zoom=6")));
        List<Double> lons = new ArrayList<>(); // Chukotka and Alaska
        labels("bbox=170,50,200,75&zoom=11")
                .get("labels")
                .forEach(l -> lons.add(l.get("lon").asDouble()));
        assertThat(lons).anyMatch(lon -> lon > 170).anyMatch(lon -> lon < -160);
    }

    @Test
    void theAnswerIsCapped() throws Exception {
        JsonNode answer = labels("bbox=-180,-90,180,90&zoom=12");
        assertThat(answer.get("labels").size()).isEqualTo(LabelsApi.MAX_LABELS);
        assertThat(answer.get("truncated").asBoolean()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "bbox=22,44,40&zoom=6",
                "bbox=a,44,40,52&zoom=6",
                "bbox=40,44,22,52&zoom=6",
                "bbox=22,52,40,44&zoom=6",
                "bbox=22,44,40,52&zoom=x",
                "bbox=22,44,40,52&zoom=-1",
                "bbox=22,44,40,52&zoom=99",
                "zoom=6",
                "bbox=22,44,40,52",
                "bbox=22,44,40,52&zoom=6&lang=de",
                "bbox=NaN,44,40,52&zoom=6",
                "bbox=22,44,1e9,52&zoom=6"
            })
    void malformedRequestsAreRefusedWithAMessage(String query) throws Exception {
        String body = http.perform(get("/api/labels?" + query))
                .andExpect(status().isBadRequest())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(json.readTree(body).get("error").asText()).containsAnyOf("bbox", "zoom", "lang");
    }
}
