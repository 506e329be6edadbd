package org.frontlineatlas.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;
import org.frontlineatlas.testing.HttpApiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The control-area API over HTTP: public reads by date, the diff, and editors-only imports. */
@Tag("database")
@SpringBootTest(
        properties = {"spring.datasource.url=jdbc:h2:mem:control-api;DB_CLOSE_DELAY=-1", "atlas.demo-data=false"})
class ControlApiTest extends HttpApiTest {

    private static final RequestPostProcessor EDITOR = editor("control-editor");
    private static final RequestPostProcessor READER = reader("control-reader");

    @BeforeEach
    void emptyAndAnEditor() {
        emptyTables("control_area", "control_version", "control_audit");
        ensureEditors("control-editor");
    }

    private static MockMultipartFile file(String name) throws Exception {
        try (InputStream in = ControlApiTest.class.getResourceAsStream("/control/" + name)) {
            return new MockMultipartFile("file", name, "application/octet-stream", in.readAllBytes());
        }
    }

    private long versions() {
        return rows("control_version");
    }

    @Test
    void anonymousAndReaderImportsAreRefused() throws Exception {
        http.perform(multipart("/api/control/import")
                        .file(file("two-areas.geojson"))
                        .with(csrf()))
                .andExpect(status().isUnauthorized());
        http.perform(multipart("/api/control/import")
                        .file(file("two-areas.geojson"))
                        .with(csrf())
                        .with(READER))
                .andExpect(status().isForbidden());
        http.perform(multipart("/api/control/import")
                        .file(file("two-areas.geojson"))
                        .with(EDITOR))
                .andExpect(status().isForbidden()); // no CSRF token
        assertThat(versions()).isZero();
    }

    @Test
    void anEditorImportsAndReadersSeeTheAreasOfADayAndTheDiff() throws Exception {
        http.perform(multipart("/api/control/import")
                        .file(file("two-areas.geojson"))
                        .param("source", "Fixture map")
                        .param("note", "for the test")
                        .with(csrf())
                        .with(EDITOR))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.areas").value(2));

        http.perform(get("/api/control").param("date", "2022-03-05"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("FeatureCollection"))
                .andExpect(jsonPath("$.asOf").value("2022-03-01"))
                .andExpect(jsonPath("$.approximate").value(true))
                .andExpect(jsonPath("$.features.length()").value(2))
                .andExpect(jsonPath("$.features[0].properties.status").value("occupied"))
                .andExpect(jsonPath("$.features[0].properties.km2").value(closeTo(4100.0, 100.0)))
                .andExpect(jsonPath("$.features[0].geometry.type").value("Polygon"))
                .andExpect(jsonPath("$.features[1].geometry.type").value("MultiPolygon"))
                .andExpect(jsonPath("$.sincePrevious").isEmpty());

        http.perform(get("/api/control").param("date", "2022-11-20"))
                .andExpect(jsonPath("$.asOf").value("2022-11-11"))
                .andExpect(jsonPath("$.features.length()").value(1))
                .andExpect(jsonPath("$.features[0].properties.status").value("contested"))
                .andExpect(jsonPath("$.sincePrevious.from").value("2022-11-10"))
                .andExpect(jsonPath("$.sincePrevious.gainedByUkraineKm2").value(closeTo(4100.0, 100.0)));

        http.perform(get("/api/control/diff").param("from", "2022-03-05").param("to", "2022-11-20"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.gainedByUkraineKm2").value(closeTo(4100.0, 100.0)))
                .andExpect(jsonPath("$.lostByUkraineKm2").value(0.0))
                .andExpect(jsonPath("$.occupiedToKm2").value(0.0));

        http.perform(get("/api/control").param("date", "2021-01-01"))
                .andExpect(jsonPath("$.features.length()").value(0))
                .andExpect(jsonPath("$.asOf").isEmpty());

        http.perform(get("/api/control/versions"))
                .andExpect(jsonPath("$[0].source").value("Fixture map"))
                .andExpect(jsonPath("$[0].importedBy").value("control-editor"))
                .andExpect(jsonPath("$[0].areas").value(2));
    }

    @Test
    void malformedDatesGet400WithAMessage() throws Exception {
        http.perform(get("/api/control").param("date", "2022-02-30"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("date must be a date as YYYY-MM-DD, not '2022-02-30'"));
        http.perform(get("/api/control"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("date is required, as YYYY-MM-DD"));
        http.perform(get("/api/control/diff").param("from", "yesterday").param("to", "2022-11-20"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("from must be a date as YYYY-MM-DD, not 'yesterday'"));
        http.perform(get("/api/control/diff").param("from", "2022-11-20").param("to", "2022-03-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value(containsString("is after")));
    }

    @Test
    void aBadFileIsRefusedWithEachProblemAndNothingStored() throws Exception {
        http.perform(multipart("/api/control/import")
                        .file(file("doctype.kml"))
                        .with(csrf())
                        .with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value(containsString("DOCTYPE")));
        http.perform(post("/api/control/import")
                        .param("name", "bow.geojson")
                        .contentType("application/geo+json")
                        .content(new String(
                                file("self-intersecting.geojson").getBytes(), java.nio.charset.StandardCharsets.UTF_8))
                        .with(csrf())
                        .with(EDITOR))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value(containsString("'Bow tie'")));
        assertThat(versions()).isZero();
    }
}
