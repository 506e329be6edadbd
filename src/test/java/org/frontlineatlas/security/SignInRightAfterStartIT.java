package org.frontlineatlas.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontlineatlas.testing.PackagedApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that signs in the moment the packaged app opens its port, on a new database: the
 * sign-in page answers (no redirect to itself), the first admin already exists, and the sign-in
 * lands on the map, not on {@code /login?continue}.
 */
class SignInRightAfterStartIT {

    private static final String ADMIN_PASSWORD = "right-after-start-1";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]*)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path folder;

    @Test
    void theFirstRequestsFindTheSignInPageAndTheAdmin() throws Exception {
        Path log = Path.of("target", "sign-in-right-after-start.log");
        Files.deleteIfExists(log);
        try (PackagedApp app = PackagedApp.start(
                List.of("-Xmx512m"),
                log,
                "--atlas.db.path=" + folder.resolve("atlas"),
                "--atlas.admin.password=" + ADMIN_PASSWORD)) {
            awaitOpenPort(app, Duration.ofMinutes(2));
            HttpClient http = HttpClient.newBuilder()
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .connectTimeout(Duration.ofSeconds(10))
                    .build();
            URI login = app.baseUri().resolve("login");

            HttpResponse<String> page = http.send(
                    HttpRequest.newBuilder(login).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode())
                    .as(
                            "the first GET /login (%s)%s",
                            page.headers()
                                    .firstValue("Location")
                                    .map(to -> "redirected to " + to)
                                    .orElse("no redirect"),
                            app.logTail())
                    .isEqualTo(200);
            Matcher token = CSRF.matcher(page.body());
            assertThat(token.find()).as("CSRF token in the sign-in page").isTrue();

            String form = "username=admin&password=" + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            HttpResponse<String> signIn = http.send(
                    HttpRequest.newBuilder(login)
                            .timeout(TIMEOUT)
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(signIn.statusCode()).isEqualTo(302);
            assertThat(signIn.headers().firstValue("Location"))
                    .as("where the sign-in leads")
                    .contains(app.base());
        }
    }

    /** Polls the port (not HTTP) so the first request goes out the moment Tomcat accepts connections. */
    private static void awaitOpenPort(PackagedApp app, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the app exited before opening its port" + app.logTail());
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", app.port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(10);
            }
        }
        throw new IllegalStateException("the port did not open within " + limit.toSeconds() + " s" + app.logTail());
    }
}
