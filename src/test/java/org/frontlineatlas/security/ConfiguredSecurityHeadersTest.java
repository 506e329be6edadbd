package org.frontlineatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The same headers when the operator serves over HTTPS, adds an online tile layer and names who may embed. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:configured-headers;DB_CLOSE_DELAY=-1",
            "atlas.demo-data=false",
            "server.servlet.session.cookie.secure=true",
            "atlas.tiles.url=https://{s}.tile.example.org/{z}/{x}/{y}.png",
            "atlas.embed.frame-ancestors=https://school.example.org https://news.example.com"
        })
class ConfiguredSecurityHeadersTest {

    @LocalServerPort
    int port;

    private HttpHeaders get(String path) throws Exception {
        HttpResponse<Void> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers();
    }

    @Test
    void theTileHostIsAllowedForImagesOnly() throws Exception {
        String policy = SecurityHeadersTest.csp(get("/"));

        assertThat(policy).contains("img-src 'self' data: blob: https://*.tile.example.org;");
        assertThat(policy).contains("script-src 'self' ").doesNotContain("script-src 'self' https://");
    }

    @Test
    void onlyTheNamedSitesMayFrameTheEmbed() throws Exception {
        assertThat(SecurityHeadersTest.csp(get("/embed")))
                .contains("frame-ancestors https://school.example.org https://news.example.com");
        assertThat(SecurityHeadersTest.csp(get("/"))).contains("frame-ancestors 'none'");
    }

    @Test
    void theSessionCookieIsSecureWhenConfigured() throws Exception {
        assertThat(SecurityHeadersTest.sessionCookie(get("/login")))
                .containsIgnoringCase("Secure")
                .containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
    }
}
