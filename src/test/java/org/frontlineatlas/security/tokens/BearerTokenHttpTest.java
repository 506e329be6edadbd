package org.frontlineatlas.security.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.security.Role;
import org.frontlineatlas.security.UserRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Scripts with tokens against the running server over real HTTP (java.net.http), as curl would call
 * it: every write endpoint refuses anonymous, revoked-token and read-token writes and takes a write
 * token's, without a CSRF token; the write is its owner's in the audit log, naming the token.
 */
@Tag("database")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.datasource.url=jdbc:h2:mem:bearer-tokens;DB_CLOSE_DELAY=-1", "atlas.demo-data=false"})
class BearerTokenHttpTest {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AtomicInteger DAY = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    ApiTokens tokens;

    @Autowired
    UserRepository users;

    @Autowired
    EventService events;

    @Autowired
    JdbcClient sql;

    @Autowired
    RequestMappingHandlerMapping mappings;

    private String writeToken;
    private String readToken;
    private String revokedToken;

    @BeforeEach
    void tokensForAnEditor() {
        if (!users.exists("script-owner")) {
            users.insert("script-owner", "{noop}unused", Set.of(Role.EDITOR), Instant.now());
        }
        asAdmin();
        writeToken =
                tokens.issue("script-owner", "wire import", TokenScope.WRITE).secret();
        readToken = tokens.issue("script-owner", "dashboard", TokenScope.READ).secret();
        IssuedToken revoked = tokens.issue("script-owner", "old laptop", TokenScope.WRITE);
        tokens.revoke(revoked.token().id());
        revokedToken = revoked.secret();
        SecurityContextHolder.clearContext();
        WriteCalls.anEvent(events); // before any count is taken
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void asAdmin() {
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        "admin", null, List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
    }

    @ParameterizedTest(name = "{0}: anonymous refused")
    @MethodSource("org.frontlineatlas.security.tokens.WriteCalls#all")
    void anAnonymousWriteIsRefused(WriteCalls.WriteCall call) throws Exception {
        long before = writes();
        HttpResponse<String> answer = send(call, null);
        assertThat(answer.statusCode()).as(answer.body()).isIn(401, 403); // no session: 401; no CSRF token first: 403
        assertThat(writes()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}: revoked token refused")
    @MethodSource("org.frontlineatlas.security.tokens.WriteCalls#all")
    void aRevokedTokensWriteIsRefusedWithAReason(WriteCalls.WriteCall call) throws Exception {
        long before = writes();
        HttpResponse<String> answer = send(call, revokedToken);
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(answer.body()).path("error").asText()).contains("revoked");
        assertThat(writes()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}: unknown token refused")
    @MethodSource("org.frontlineatlas.security.tokens.WriteCalls#all")
    void anUnknownTokensWriteIsRefusedWithAReason(WriteCalls.WriteCall call) throws Exception {
        long before = writes();
        String madeUp = "fla_" + "A".repeat(43);
        HttpResponse<String> answer = send(call, madeUp);
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(answer.body()).path("error").asText()).contains("unknown API token");
        assertThat(writes()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}: read token refused")
    @MethodSource("org.frontlineatlas.security.tokens.WriteCalls#all")
    void aReadTokensWriteIsForbidden(WriteCalls.WriteCall call) throws Exception {
        long before = writes();
        HttpResponse<String> answer = send(call, readToken);
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(answer.body()).path("error").asText()).contains("\"dashboard\" may only read");
        assertThat(writes()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}: write token accepted")
    @MethodSource("org.frontlineatlas.security.tokens.WriteCalls#all")
    void aWriteTokensWriteIsTakenWithoutCsrfAndAuditedUnderTheOwner(WriteCalls.WriteCall call) throws Exception {
        long before = writes();
        long lastAudit = lastAudit();
        long lastAreaAudit = lastAudit("control_audit");
        HttpResponse<String> answer = send(call, writeToken);
        assertThat(answer.statusCode()).as(answer.body()).isBetween(200, 201);
        assertThat(answer.headers().allValues("Set-Cookie"))
                .as("a token request makes no session")
                .isEmpty();
        assertThat(writes()).isGreaterThan(before);
        // The newest audit rows are the owner's and name the token.
        List<String> audit = sql.sql(
                        "SELECT changed_by || '/' || COALESCE(via_token, '-') FROM event_audit WHERE id > :last"
                                + " UNION ALL SELECT changed_by || '/' || COALESCE(via_token, '-') FROM control_audit WHERE id > :lastArea")
                .param("last", lastAudit)
                .param("lastArea", lastAreaAudit)
                .query(String.class)
                .list();
        assertThat(audit).isNotEmpty().allMatch(row -> row.equals("script-owner/wire import"));
        assertThat(tokens.verify(writeToken).token().lastUsedAt()).isNotNull();
    }

    @Test
    void writeCallsCoverEveryWriteMapping() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.stream().anyMatch(m -> m != RequestMethod.GET && m != RequestMethod.HEAD)) {
                for (String path : info.getPatternValues().stream()
                        .filter(p -> p.startsWith("/api/"))
                        .toList()) {
                    for (var type : info.getConsumesCondition().getConsumableMediaTypes()) {
                        mapped.add(methods.iterator().next() + " " + path + " " + type.getSubtype());
                    }
                }
            }
        }
        Set<String> covered = new TreeSet<>();
        WriteCalls.all().forEach(c -> {
            String type = c.contentType().replaceFirst(";.*", "").replaceFirst(".*/", "");
            String path = c.name().split(" ", -1)[1];
            covered.add(c.method() + " " + path + " " + type);
            if (type.equals("geo+json")) {
                covered.add(c.method() + " " + path + " json"); // the same handler takes application/json
            }
            if (type.endsWith("kml+xml")) {
                covered.add(c.method() + " " + path + " xml"); // and KML as application/xml or text/xml
            }
        });
        assertThat(covered).containsAll(mapped);
    }

    /** What the README's curl example does, by the README's own words: pin a report, then find it in the public API. */
    @Test
    void theReadmesCurlExamplePinsAReportThePublicApiThenShows() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        Matcher curl = Pattern.compile("curl [^\\n]*-X POST (\\S+)/api/events \\\\\\n(.*?)-d '([^']*)'", Pattern.DOTALL)
                .matcher(readme);
        assertThat(curl.find())
                .as("README has a curl example POSTing to /api/events")
                .isTrue();
        String headers = curl.group(2);
        assertThat(headers)
                .contains("-H \"Authorization: Bearer $ATLAS_TOKEN\"")
                .contains("-H \"Content-Type: application/geo+json\"");
        String body = curl.group(3);

        HttpResponse<String> pinned = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/events"))
                        .header("Authorization", "Bearer " + writeToken)
                        .header("Content-Type", "application/geo+json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(pinned.statusCode()).as(pinned.body()).isEqualTo(201);
        JsonNode sent = JSON.readTree(body).path("properties");

        HttpResponse<String> map = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/events?from="
                                + sent.path("date").asText() + "&to="
                                + sent.path("date").asText()))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(map.statusCode()).isEqualTo(200);
        List<String> summaries = JSON.readTree(map.body()).path("features").findValuesAsText("summary");
        assertThat(summaries).contains(sent.path("summary").asText());
    }

    @Test
    void aGoodTokenWithAnAlteredLetterIsUnknownAndARevokedOneStaysRefusedEvenWithASessionCookie() throws Exception {
        String altered =
                writeToken.substring(0, 10) + (writeToken.charAt(10) == 'x' ? 'y' : 'x') + writeToken.substring(11);
        WriteCalls.WriteCall pin = WriteCalls.all()
                .filter(c -> c.name().equals("POST /api/events"))
                .findFirst()
                .orElseThrow();
        assertThat(send(pin, altered).statusCode()).isEqualTo(401);
        HttpResponse<String> answer = HTTP.send(
                request(pin, revokedToken)
                        .header("Cookie", "JSESSIONID=whatever")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("WWW-Authenticate").orElse("")).contains("invalid_token");
    }

    private HttpResponse<String> send(WriteCalls.WriteCall call, String token)
            throws IOException, InterruptedException {
        return HTTP.send(request(call, token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(WriteCalls.WriteCall call, String token) {
        int n = DAY.incrementAndGet();
        HttpRequest.Builder b = HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + call.path().apply(events)))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", call.contentType())
                .method(
                        call.method(),
                        HttpRequest.BodyPublishers.ofString(call.body().apply(n), StandardCharsets.UTF_8));
        if (call.ifMatch()) {
            long id = Long.parseLong(call.path().apply(events).replaceAll(".*/", ""));
            b.header("If-Match", "\"" + events.get(id).orElseThrow().version() + "\"");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    /** Grows with every stored change or article. */
    private long writes() {
        return lastAudit()
                + lastAudit("control_audit")
                + sql.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
    }

    private long lastAudit() {
        return lastAudit("event_audit");
    }

    private long lastAudit(String table) {
        return sql.sql("SELECT COALESCE(MAX(id), 0) FROM " + table)
                .query(Long.class)
                .single();
    }
}
