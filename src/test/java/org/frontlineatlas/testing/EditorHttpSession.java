package org.frontlineatlas.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An editor signed in over real HTTP, as a script or another service would be: the sign-in form at
 * /login (Spring Security form login), the session cookie kept, and Spring's CSRF token sent on every
 * write. Vaadin writes the token into each page it serves as {@code <meta name="_csrf">} (the header
 * name in {@code <meta name="_csrf_header">}); the session, and so the token, changes at sign-in.
 * <p>
 * Safe to share between threads (one session, many requests at once). Requests time out after
 * 60 s so a hung server fails a test instead of stalling it.
 */
public final class EditorHttpSession {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_header)?)\" content=\"([^\"]*)\"");

    private final URI base;
    private final HttpClient http;
    private final String csrfHeader;
    private final String csrfToken;

    private EditorHttpSession(URI base, HttpClient http, String csrfHeader, String csrfToken) {
        this.base = base;
        this.http = http;
        this.csrfHeader = csrfHeader;
        this.csrfToken = csrfToken;
    }

    /**
     * Signs in at {@code base}/login (an editor or an admin; both may write).
     *
     * @throws IllegalStateException when the sign-in is refused (wrong password, throttled, disabled)
     */
    public static EditorHttpSession signIn(URI base, String username, String password)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        Csrf before = csrf(http, base.resolve("login"));
        String form =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(before.token);
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(base.resolve("login"))
                        .timeout(TIMEOUT)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        // Success and failure both redirect; failure goes to /login?error.
        String location = answer.headers().firstValue("Location").orElse("");
        if (answer.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in as " + username + " refused: HTTP " + answer.statusCode() + " to "
                    + (location.isEmpty() ? "(no redirect)" : location));
        }
        Csrf after = csrf(http, base);
        return new EditorHttpSession(base, http, after.header, after.token);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** POST with the CSRF header; {@code path} is relative to the app's base ("api/articles"). */
    public HttpResponse<String> post(String path, String contentType, String body)
            throws IOException, InterruptedException {
        return http.send(
                request(path)
                        .header("Content-Type", contentType)
                        .header(csrfHeader, csrfToken)
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return post(path, "application/json", json);
    }

    public URI base() {
        return base;
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(TIMEOUT);
    }

    private record Csrf(String header, String token) {}

    /** The CSRF header name and token from the meta tags of a page Vaadin serves. */
    private static Csrf csrf(HttpClient http, URI page) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(page).timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofString());
        String header = null;
        String token = null;
        Matcher m = META.matcher(answer.body());
        while (m.find()) {
            if (m.group(1).equals("_csrf_header")) {
                header = m.group(2);
            } else {
                token = m.group(2);
            }
        }
        if (answer.statusCode() != 200 || header == null || token == null) {
            throw new IllegalStateException("no CSRF token in " + page + " (HTTP " + answer.statusCode()
                    + answer.headers()
                            .firstValue("Location")
                            .map(to -> " to " + to)
                            .orElse("") + ")");
        }
        return new Csrf(header, token);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
