package org.frontlineatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The headers a browser gets from the running app, over real HTTP: the content security policy,
 * framing rules (only /embed may be framed), nosniff, the referrer policy and the session cookie's
 * flags, with the default configuration (plain http on localhost).
 */
@SecurityTestApp
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    HttpHeaders get(String path) throws IOException, InterruptedException {
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.headers();
    }

    static String csp(HttpHeaders headers) {
        List<String> values = headers.allValues("Content-Security-Policy");
        assertThat(values)
                .as("exactly one policy, so browsers do not intersect two")
                .hasSize(1);
        return values.get(0);
    }

    @Test
    void pagesRefuseFramingAndLoadScriptsOnlyFromTheApp() throws Exception {
        for (String page : List.of("/", "/present", "/login")) {
            HttpHeaders headers = get(page);
            String policy = csp(headers);
            assertThat(policy)
                    .as(page)
                    .contains(
                            "frame-ancestors 'none'",
                            "script-src 'self' ",
                            "object-src 'none'",
                            "default-src 'self'",
                            "connect-src 'self'",
                            "form-action 'self'");
            assertThat(policy)
                    .as("no online tiles configured: images only from us")
                    .contains("img-src 'self' data: blob:;");
            assertThat(headers.firstValue("X-Frame-Options")).as(page).contains("DENY");
        }
    }

    @Test
    void theEmbedMapMayBeFramedByAnySiteByDefault() throws Exception {
        HttpHeaders headers = get("/embed?date=2022-05-01");

        assertThat(csp(headers)).contains("frame-ancestors *").doesNotContain("frame-ancestors 'none'");
        assertThat(headers.firstValue("X-Frame-Options")).isEmpty();
    }

    @Test
    void everyResponseForbidsContentSniffingAndLeaksOnlyTheOriginAsReferrer() throws Exception {
        for (String path : List.of(
                "/",
                "/embed",
                "/api/events?from=2022-05-01&to=2022-05-31",
                "/api/events.csv",
                "/basemap/countries.geojson")) {
            HttpHeaders headers = get(path);
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
        }
    }

    @Test
    void thePublicReadsRefuseFramingAndOpenNoSession() throws Exception {
        for (String path : List.of(
                "/api/events?from=2022-05-01&to=2022-05-31",
                "/api/events/grid?from=2022-05-01&to=2022-05-31",
                "/api/range",
                "/api/histogram",
                "/api/places?q=Kharkiv")) {
            HttpHeaders headers = get(path);
            assertThat(csp(headers)).as(path).contains("frame-ancestors 'none'");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).contains("DENY");
            assertThat(headers.allValues("Set-Cookie")).as(path).noneMatch(c -> c.startsWith("JSESSIONID="));
        }
    }

    @Test
    void theSessionCookieIsHiddenFromScriptsAndNotSentCrossSite() throws Exception {
        String cookie = sessionCookie(get("/login"));

        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(cookie).as("plain http on localhost by default").doesNotContainIgnoringCase("Secure");
    }

    static String sessionCookie(HttpHeaders headers) {
        return headers.allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + headers.map()));
    }
}
