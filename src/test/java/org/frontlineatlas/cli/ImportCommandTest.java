package org.frontlineatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.frontlineatlas.events.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/** The import command against a real H2 file database, on the seed articles. */
class ImportCommandTest {

    private static final Path SEEDS = Path.of("../shared/seeds");

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Cli());
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    private String db() {
        return dir.resolve("db/atlas").toString();
    }

    private Map<String, Object> counts() {
        try (HikariDataSource ds = Database.openFile(db())) {
            return JdbcClient.create(ds).sql("""
                    SELECT (SELECT COUNT(*) FROM article) AS articles,
                           (SELECT COUNT(*) FROM geo_event) AS events,
                           (SELECT COUNT(*) FROM geo_event WHERE status = 'PROPOSED') AS proposed,
                           (SELECT COUNT(*) FROM event_source) AS sources
                    """).query().singleRow();
        }
    }

    @Test
    void importingASeedStoresTheArticleAndProposesItsEventsOnce() {
        Path seed = SEEDS.resolve("001_54c73e4f90dc8118.txt");

        assertThat(run("import", "--db", db(), "--published", "2022-05-16", "--publisher", "Wire", seed.toString()))
                .isZero();
        Map<String, Object> first = counts();
        assertThat(run("import", "--db", db(), "--published", "2022-05-16", seed.toString()))
                .isZero();

        assertThat(((Number) first.get("ARTICLES")).intValue()).isEqualTo(1);
        assertThat(((Number) first.get("EVENTS")).intValue()).isPositive();
        assertThat(first.get("PROPOSED")).isEqualTo(first.get("EVENTS"));
        assertThat(((Number) first.get("SOURCES")).intValue())
                .isGreaterThanOrEqualTo(((Number) first.get("EVENTS")).intValue());
        assertThat(counts()).isEqualTo(first);
        assertThat(err.toString()).contains("1 already there");
    }

    @Test
    void publishMakesTheEventsVisibleToReaders() {
        assertThat(run(
                        "import",
                        "--db",
                        db(),
                        "--published",
                        "2022-05-03",
                        "--publish",
                        SEEDS.resolve("000_99c8340d19061ba2.txt").toString()))
                .isZero();

        Map<String, Object> c = counts();
        assertThat(((Number) c.get("EVENTS")).intValue()).isPositive();
        assertThat(((Number) c.get("PROPOSED")).intValue()).isZero();
    }

    @Test
    void aBadFileIsReportedOnOneLineAndTheOthersStillGoIn() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles"));
        Files.copy(SEEDS.resolve("004_37957baa43dfc740.txt"), folder.resolve("good.txt"));
        Files.write(folder.resolve("binary.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0, 3});
        Files.writeString(folder.resolve("empty.md"), "   \n");
        Files.writeString(folder.resolve("ignored.pdf"), "not an article type");

        int code = run("import", "--db", db(), "--published", "2022-05-15", folder.toString());

        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .contains("binary.txt")
                .contains("empty.md")
                .doesNotContain("ignored.pdf")
                .doesNotContain("Exception")
                .contains("2 failed");
        assertThat(((Number) counts().get("ARTICLES")).intValue()).isEqualTo(1);
    }

    @Test
    void anArticleWithNoDateIsRefusedAndNothingIsStored() throws Exception {
        Path undated =
                Files.writeString(dir.resolve("undated.txt"), "Shelling hit Kharkiv overnight, officials said.\n");

        assertThat(run("import", "--db", db(), undated.toString())).isEqualTo(1);

        assertThat(err.toString()).contains("no publication date");
        assertThat(((Number) counts().get("ARTICLES")).intValue()).isZero();
    }

    @Test
    void badArgumentsGiveOneLineAndExitTwo() {
        assertThat(run(
                        "import",
                        "--db",
                        db(),
                        "--published",
                        "2022-13-40",
                        SEEDS.resolve("000_99c8340d19061ba2.txt").toString()))
                .isEqualTo(2);
        assertThat(err.toString().strip())
                .startsWith("error: --published must be a date as YYYY-MM-DD, not '2022-13-40'")
                .doesNotContain("\n");
        assertThat(run("import", "--db", db(), dir.resolve("missing.txt").toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("no such file or folder");
    }
}
