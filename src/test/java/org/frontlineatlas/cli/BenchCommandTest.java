package org.frontlineatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The bench command's refusals: a clear one-line message and exit code 2, before any bench runs. */
class BenchCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new Cli());
        cli.setErr(new PrintWriter(err, true));
        cli.setOut(new PrintWriter(new StringWriter(), true));
        return cli.execute(args);
    }

    @Test
    void theStartupBenchWithoutAJarSaysHowToBuildOne() {
        Path missing = dir.resolve("no-such.jar");

        assertThat(run("bench", "--only=startup", "--jar", missing.toString())).isEqualTo(2);

        assertThat(err.toString()).contains("no jar at " + missing).contains("mvn -Pproduction -DskipTests package");
    }

    @Test
    void aStartupBenchOfNoRunsIsRefused() {
        assertThat(run("bench", "--only=startup", "--startup-runs=0")).isEqualTo(2);

        assertThat(err.toString()).contains("must be positive");
    }

    @Test
    void anUnknownPartNamesTheKnownOnes() {
        assertThat(run("bench", "--only=boot")).isEqualTo(2);

        assertThat(err.toString()).contains("startup").contains("import");
    }
}
