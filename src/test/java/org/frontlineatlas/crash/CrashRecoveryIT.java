package org.frontlineatlas.crash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.frontlineatlas.testing.EditorHttpSession;
import org.frontlineatlas.testing.PackagedApp;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kill -9 in the middle of a stream of writes, restart, and nothing acknowledged is lost and nothing
 * is stored by halves. The packaged jar runs as a real process; writer threads pin reports and post
 * articles over HTTP as a signed-in editor; after a bounded number of acknowledged writes (with more
 * in flight) the process gets SIGKILL. Then, with the app down, the database is read over JDBC:
 * every acknowledged pin and article is there, each article with exactly the events its 201 listed,
 * every stored article (acknowledged or cut off) with all the event sources the pipeline makes of
 * its text, and every event with its audit row. The app must then start again on the same database
 * (Flyway validates the schema on start) and serve every acknowledged pin. Several cycles run on one
 * database, so each crash also re-checks the writes of the cycles before it.
 * <p>
 * Runs in the integration-test phase (maven-failsafe-plugin), after the jar is packaged.
 * Runs on an H2 file database and on PostgreSQL (skipped with -Datlas.postgres.skip=true).
 * Nothing is timed: the limits below only keep a broken build from hanging.
 */
class CrashRecoveryIT {

    private static final int CYCLES = 3;
    private static final int WRITERS = 4;
    private static final String ADMIN = "admin";
    private static final String PASSWORD = "crash-test-admin-password";
    private static final Duration START_LIMIT = Duration.ofSeconds(120);
    private static final Duration ACK_LIMIT = Duration.ofSeconds(120);
    private static final long SEED = Long.getLong("crash.seed", 20261125L);

    @TempDir
    Path tmp;

    /** The databases the app can run on. */
    static Stream<Arguments> databases() {
        Function<Path, CrashDatabase> h2 = CrashDatabase::h2File;
        Function<Path, CrashDatabase> postgres = CrashDatabase::postgres;
        return Stream.of(Arguments.of("H2 file", h2), Arguments.of("PostgreSQL", postgres));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void acknowledgedWritesSurviveSigkill(String name, Function<Path, CrashDatabase> database) throws Exception {
        assumeFalse(
                name.equals("PostgreSQL") && Boolean.getBoolean("atlas.postgres.skip"),
                "no PostgreSQL here (-Datlas.postgres.skip=true)");
        long started = System.nanoTime();
        CrashWorkload workload = new CrashWorkload();
        WriteLedger ledger = new WriteLedger();
        Random random = new Random(SEED);
        Path log = tmp.resolve("app.log");
        PackagedApp app = null;
        try (CrashDatabase db = database.apply(tmp)) {
            List<String> args = new ArrayList<>(db.appArguments());
            args.addAll(List.of(
                    "--atlas.demo-data=false",
                    "--atlas.admin.username=" + ADMIN,
                    "--atlas.admin.password=" + PASSWORD));
            app = PackagedApp.start(List.of(), log, args);
            app.awaitLog("Created the first admin account", START_LIMIT);
            for (int cycle = 1; cycle <= CYCLES; cycle++) {
                EditorHttpSession editor = signIn(app);
                // Pins are cheap and articles are not: wait for a bounded, varying number of each.
                int pinTarget = 20 + random.nextInt(20);
                int articleTarget = 10 + random.nextInt(10);
                WriteStream stream = new WriteStream(
                        editor,
                        ledger,
                        workload.pins(cycle, 5000, random.nextLong()),
                        workload.articles(cycle, 300, random.nextLong()));
                stream.start(WRITERS);
                stream.awaitAcks(pinTarget, articleTarget, ACK_LIMIT);
                Thread.sleep(random.nextInt(20)); // let the kill land at a different point of a request each cycle
                int inFlight = stream.killing();
                app.kill();
                stream.awaitWritersStopped();
                PackagedApp killed = app;
                assertThat(ledger.failures())
                        .as("answers other than 201 before the kill%s", killed.logTail())
                        .isEmpty();

                StoredWrites.Report report;
                try (Connection connection = db.connect()) {
                    report = StoredWrites.check(connection, ledger);
                }
                assertThat(report.problems())
                        .as("cycle %d on %s: the database after SIGKILL%s", cycle, db, killed.logTail())
                        .isEmpty();

                app = PackagedApp.start(List.of(), log, args);
                long restartMillis = app.awaitHttp(START_LIMIT);
                app.awaitLog("Started Application", START_LIMIT);
                assertThat(publishedSummaries(app))
                        .as("published events the restarted app serves")
                        .containsAll(ledger.ackedPins());
                System.out.printf(
                        "crash test (%s) cycle %d: %d pins and %d articles acknowledged (%d requests in flight at SIGKILL);"
                                + " stored so far: %d pins (%d acknowledged), %d articles (%d acknowledged);"
                                + " stored though their answer was cut off by a kill, each whole: %d pins, %d articles;"
                                + " restart answered in %d ms%n",
                        name,
                        cycle,
                        stream.pinAcks(),
                        stream.articleAcks(),
                        inFlight,
                        report.pins(),
                        ledger.ackedPins().size(),
                        report.articles(),
                        ledger.ackedArticles().size(),
                        report.pinsStoredUnacked(),
                        report.articlesStoredUnacked(),
                        restartMillis);
            }
            // The accounts survived too: the editor can still sign in after the last restart.
            signIn(app);
        } finally {
            if (app != null) {
                app.close();
            }
        }
        System.out.printf(
                "crash test (%s): %d kill cycles in %d s%n",
                name, CYCLES, Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }

    private static EditorHttpSession signIn(PackagedApp app) throws Exception {
        try {
            return EditorHttpSession.signIn(app.baseUri(), ADMIN, PASSWORD);
        } catch (IllegalStateException e) {
            throw new AssertionError(e.getMessage() + app.logTail(), e);
        }
    }

    /** The summaries of every published event, as readers get them from the public API. */
    private static Set<String> publishedSummaries(PackagedApp app) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var answer = http.send(
                java.net.http.HttpRequest.newBuilder(app.baseUri().resolve("api/events"))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(200);
        Set<String> summaries = new HashSet<>();
        for (JsonNode feature : new ObjectMapper().readTree(answer.body()).path("features")) {
            summaries.add(feature.path("properties").path("summary").asText());
        }
        return summaries;
    }
}
