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
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.frontlineatlas.events.DatePrecision;
import org.frontlineatlas.events.EventOrigin;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.GeoEvent;
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
    private static final String BOUNDARY = "atlas-test-boundary";

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

    /** One write call: its name, method, path, content type and a fresh body (each call writes something new). */
    record WriteCall(
            String name,
            String method,
            Function<EventService, String> path,
            String contentType,
            Function<Integer, String> body,
            boolean ifMatch) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Every write the API has, each content type its own case (writeCallsCoverEveryWriteMapping keeps this list whole). */
    static Stream<WriteCall> writeCalls() {
        return Stream.of(
                new WriteCall(
                        "POST /api/articles json",
                        "POST",
                        e -> "/api/articles",
                        "application/json",
                        n -> "{\"text\":\"" + articleText(n) + "\",\"published\":\""
                                + articleDay(n).plusDays(1) + "\"}",
                        false),
                new WriteCall(
                        "POST /api/articles multipart",
                        "POST",
                        e -> "/api/articles",
                        "multipart/form-data; boundary=" + BOUNDARY,
                        n -> multipart(
                                "file",
                                "report-" + n + ".txt",
                                articleText(n),
                                articleDay(n).plusDays(1).toString()),
                        false),
                new WriteCall(
                        "POST /api/events/import geojson",
                        "POST",
                        e -> "/api/events/import",
                        "application/geo+json",
                        n -> "{\"type\":\"FeatureCollection\",\"features\":[" + feature(n) + "]}",
                        false),
                new WriteCall(
                        "POST /api/events/import csv",
                        "POST",
                        e -> "/api/events/import",
                        "text/csv",
                        n -> "event_date,event_type,location,latitude,longitude,notes\n" + day(n)
                                + ",attack,Kupiansk,49.71,37.61,Token test " + n + "\n",
                        false),
                new WriteCall(
                        "POST /api/events/import multipart",
                        "POST",
                        e -> "/api/events/import",
                        "multipart/form-data; boundary=" + BOUNDARY,
                        n -> multipart(
                                "file",
                                "events.geojson",
                                "{\"type\":\"FeatureCollection\",\"features\":[" + feature(n) + "]}",
                                null),
                        false),
                new WriteCall(
                        "POST /api/events",
                        "POST",
                        e -> "/api/events",
                        "application/geo+json",
                        BearerTokenHttpTest::feature,
                        false),
                new WriteCall(
                        "PUT /api/events/{id}",
                        "PUT",
                        e -> "/api/events/" + anEvent(e).id(),
                        "application/geo+json",
                        BearerTokenHttpTest::feature,
                        true),
                new WriteCall(
                        "POST /api/control/import geojson",
                        "POST",
                        e -> "/api/control/import",
                        "application/geo+json",
                        BearerTokenHttpTest::areas,
                        false),
                new WriteCall(
                        "POST /api/control/import kml",
                        "POST",
                        e -> "/api/control/import",
                        "application/vnd.google-earth.kml+xml",
                        BearerTokenHttpTest::kml,
                        false),
                new WriteCall(
                        "POST /api/control/import multipart",
                        "POST",
                        e -> "/api/control/import",
                        "multipart/form-data; boundary=" + BOUNDARY,
                        n -> multipart("file", "areas-" + n + ".geojson", areas(n), null),
                        false));
    }

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
        anEvent(events); // before any count is taken
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
    @MethodSource("writeCalls")
    void anAnonymousWriteIsRefused(WriteCall call) throws Exception {
        long before = writes();
        HttpResponse<String> answer = send(call, null);
        assertThat(answer.statusCode()).as(answer.body()).isIn(401, 403); // no session: 401; no CSRF token first: 403
        assertThat(writes()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}: revoked token refused")
    @MethodSource("writeCalls")
    void aRevokedTokensWriteIsRefusedWithAReason(WriteCall call) throws Exception {
        long before = writes();
        HttpResponse<String> answer = send(call, revokedToken);
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(answer.body()).path("error").asText()).contains("revoked");
        assertThat(writes()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}: unknown token refused")
    @MethodSource("writeCalls")
    void anUnknownTokensWriteIsRefusedWithAReason(WriteCall call) throws Exception {
        long before = writes();
        String madeUp = "fla_" + "A".repeat(43);
        HttpResponse<String> answer = send(call, madeUp);
        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(answer.body()).path("error").asText()).contains("unknown API token");
        assertThat(writes()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}: read token refused")
    @MethodSource("writeCalls")
    void aReadTokensWriteIsForbidden(WriteCall call) throws Exception {
        long before = writes();
        HttpResponse<String> answer = send(call, readToken);
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(answer.body()).path("error").asText()).contains("\"dashboard\" may only read");
        assertThat(writes()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}: write token accepted")
    @MethodSource("writeCalls")
    void aWriteTokensWriteIsTakenWithoutCsrfAndAuditedUnderTheOwner(WriteCall call) throws Exception {
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
        writeCalls().forEach(c -> {
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
        WriteCall pin = writeCalls()
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

    private HttpResponse<String> send(WriteCall call, String token) throws IOException, InterruptedException {
        return HTTP.send(request(call, token).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(WriteCall call, String token) {
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

    /** The event the PUT case edits: one pinned once, then reused. */
    private static GeoEvent anEvent(EventService events) {
        LocalDate day = LocalDate.parse("2021-06-01");
        return events.withStatus(EventStatus.PUBLISHED, 1000).stream()
                .filter(e -> e.placeName().equals("Edited by tokens"))
                .findFirst()
                .orElseGet(() -> events.create(
                        GeoEvent.draft(
                                day,
                                day,
                                DatePrecision.DAY,
                                "Edited by tokens",
                                null,
                                49.71,
                                37.61,
                                1,
                                EventType.ATTACK,
                                "Before",
                                0.8,
                                EventStatus.PUBLISHED,
                                EventOrigin.PINNED,
                                "Test",
                                null),
                        "script-owner"));
    }

    /** A new day per article: the same place, day and type from two articles would be one event, changed without an audit row of its own. */
    private static LocalDate articleDay(int n) {
        return LocalDate.parse("2022-03-01").plusDays(n);
    }

    private static String articleText(int n) {
        return "Shelling in Kharkiv on "
                + articleDay(n)
                        .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH))
                + ".";
    }

    private static String day(int n) {
        return LocalDate.parse("2023-01-01").plusDays(n).toString();
    }

    private static String feature(int n) {
        return """
                {"type":"Feature","geometry":{"type":"Point","coordinates":[37.61,49.71]},
                 "properties":{"date":"%s","place":"Kupiansk","type":"attack","summary":"Token test %d"}}""".formatted(day(n), n);
    }

    /** One occupied square near Kupiansk, valid from day n: an area import. */
    private static String areas(int n) {
        return """
                {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Token test %d","status":"occupied",
                 "valid_from":"%s"},"geometry":{"type":"Polygon","coordinates":[[[37.5,49.6],[37.7,49.6],[37.7,49.8],[37.5,49.8],[37.5,49.6]]]}}]}""".formatted(n, day(n));
    }

    private static String kml(int n) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Occupied token test %d</name>
                <TimeSpan><begin>%s</begin></TimeSpan><Polygon><outerBoundaryIs><LinearRing><coordinates>
                37.5,49.6,0 37.7,49.6,0 37.7,49.8,0 37.5,49.8,0 37.5,49.6,0</coordinates></LinearRing></outerBoundaryIs></Polygon>
                </Placemark></Document></kml>""".formatted(n, day(n));
    }

    private static String multipart(String part, String filename, String content, String published) {
        String date = published == null
                ? ""
                : "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"published\"\r\n\r\n" + published
                        + "\r\n";
        return date + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n--" + BOUNDARY
                + "--\r\n";
    }
}
