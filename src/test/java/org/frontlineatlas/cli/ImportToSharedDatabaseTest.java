package org.frontlineatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.frontlineatlas.events.Database;
import org.frontlineatlas.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

/** The import command into a shared PostgreSQL database (--db-url), as a newsroom with several instances runs it. */
@Tag("database")
class ImportToSharedDatabaseTest {

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Cli());
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void articlesGoIntoTheSharedDatabase() {
        assumeTrue(TestDatabase.postgres(), "the PostgreSQL test pass");
        String url = TestDatabase.Postgres.urlFor(TestDatabase.newSchema("import_cli"));
        System.setProperty("atlas.db.password", TestDatabase.Postgres.password());
        try {
            assertThat(run(
                            "import",
                            "--db-url",
                            url,
                            "--db-user",
                            TestDatabase.Postgres.user(),
                            "--published",
                            "2022-05-16",
                            "--publish",
                            Path.of("../shared/seeds/001_54c73e4f90dc8118.txt").toString()))
                    .as(err.toString())
                    .isZero();
        } finally {
            System.clearProperty("atlas.db.password");
        }

        try (HikariDataSource ds = Database.open(url, TestDatabase.Postgres.user(), TestDatabase.Postgres.password())) {
            JdbcClient jdbc = JdbcClient.create(ds);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM article")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM geo_event WHERE status = 'PUBLISHED' AND place_name = 'Kharkiv'")
                            .query(Long.class)
                            .single())
                    .isPositive();
        }
    }

    @Test
    void anUnreachableDatabaseIsOneLineOnStderr() {
        int code = run(
                "import",
                "--db-url",
                "jdbc:postgresql://127.0.0.1:1/atlas",
                "--published",
                "2022-05-16",
                Path.of("../shared/seeds/001_54c73e4f90dc8118.txt").toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .startsWith("error: cannot open the database: ")
                .doesNotContain("\tat ");
    }
}
