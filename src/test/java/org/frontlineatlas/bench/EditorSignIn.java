package org.frontlineatlas.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An editor's session over real HTTP, as a browser gets one: GET /login for a session and the CSRF
 * token Vaadin puts in the page's {@code <meta name="_csrf">}, POST the sign-in form, then read the
 * token again (Spring issues a new one on sign-in) for the X-CSRF-TOKEN header of API writes.
 * Minimal on purpose; a shared test helper (testing/EditorHttpSession) is meant to replace it.
 */
final class EditorSignIn {

    private static final Pattern META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** The cookie and header to send with every write. */
    record Session(String cookie, String csrfToken) {
        Map<String, String> headers() {
            Map<String, String> h = new HashMap<>();
            h.put("Cookie", cookie);
            h.put("X-CSRF-TOKEN", csrfToken);
            return h;
        }
    }

    private EditorSignIn() {}

    static Session signIn(LoopbackHttp http, String base, String username, String password) throws IOException {
        LoopbackHttp.Answer page = http.call("GET", base + "login", Map.of(), null, null);
        String cookie = sessionCookie(page, null);
        String form = "username=" + url(username) + "&password=" + url(password) + "&_csrf=" + url(token(page));
        LoopbackHttp.Answer posted = http.call(
                "POST",
                base + "login",
                Map.of("Cookie", cookie),
                "application/x-www-form-urlencoded",
                form,
                "Location");
        String location = posted.headers().getOrDefault("Location", "");
        if (posted.status() != 302 || location.contains("error")) {
            throw new IOException("sign-in as " + username + " failed: " + posted.status() + " " + location);
        }
        cookie = sessionCookie(posted, cookie); // a new session id on sign-in (session fixation defence)
        LoopbackHttp.Answer map = http.call("GET", base, Map.of("Cookie", cookie), null, null);
        return new Session(cookie, token(map));
    }

    private static String sessionCookie(LoopbackHttp.Answer answer, String previous) throws IOException {
        String set = answer.headers().get("Set-Cookie");
        if (set == null) {
            if (previous == null) {
                throw new IOException("no session cookie from the server");
            }
            return previous;
        }
        return set.substring(0, set.indexOf(';') < 0 ? set.length() : set.indexOf(';'));
    }

    private static String token(LoopbackHttp.Answer page) throws IOException {
        Matcher m = META.matcher(page.text());
        if (!m.find()) {
            throw new IOException("no CSRF token in the page (status " + page.status() + ")");
        }
        return m.group(1);
    }

    private static String url(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
