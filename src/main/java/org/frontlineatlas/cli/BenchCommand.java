package org.frontlineatlas.cli;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench [--only PART] [--articles N] [--import-articles N] [--jar JAR --startup-runs N]}: prints
 * throughput figures, and on request ({@code --only startup}) the start-up time of the packaged jar.
 * The machine may be shared: compare ratios within one run, not figures across runs.
 */
@Command(
        name = "bench",
        description = "Print throughput figures: gazetteer, map labels, extract, import; start-up on request.")
public class BenchCommand implements Callable<Integer> {

    private static final Set<String> PARTS = Set.of("all", "gazetteer", "labels", "extract", "import", "startup");

    @Option(
            names = "--only",
            paramLabel = "PART",
            description = "gazetteer, labels, extract, import or startup (default: all but startup)")
    String only = "all";

    @Option(names = "--articles", description = "articles for the extract benchmark (default: 5000)")
    int articles = 5000;

    @Option(names = "--import-articles", description = "articles for the import benchmark (default: 10000)")
    int importArticles = 10_000;

    @Option(
            names = "--seeds",
            description = "folder of .txt articles the gazetteer bench tags (default: ../shared/seeds)")
    Path seeds = Path.of("..", "shared", "seeds");

    @Option(names = "--mb", description = "megabytes of text the gazetteer bench tags (default: 50)")
    int megabytes = 50;

    @Option(
            names = "--jar",
            description =
                    "the packaged jar the startup bench starts (default: the running jar, else target/frontline-atlas.jar)")
    Path jar;

    @Option(names = "--startup-runs", description = "starts of each kind for the startup bench (default: 5)")
    int startupRuns = 5;

    @Spec
    CommandSpec spec;

    /** {@code java -jar X.jar bench}: the class path is that jar. */
    private static Path runningJar() {
        String classPath = System.getProperty("java.class.path", "");
        return classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)
                ? Path.of(classPath)
                : Path.of("target", "frontline-atlas.jar");
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!PARTS.contains(only)) {
            err.println("error: --only takes one of " + PARTS);
            return 2;
        }
        if (articles < 1 || importArticles < 1 || startupRuns < 1) {
            err.println("error: article counts and --startup-runs must be positive");
            return 2;
        }
        if (only.equals("all") || only.equals("gazetteer")) {
            GazetteerBench gazetteer = new GazetteerBench();
            gazetteer.seeds = seeds;
            gazetteer.megabytes = megabytes;
            out.flush();
            gazetteer.run(System.out);
        }
        if (only.equals("all") || only.equals("labels")) {
            LabelsBench.run(out);
        }
        if (only.equals("all") || only.equals("extract")) {
            ExtractBench.run(articles, 5000, out);
        }
        if (only.equals("all") || only.equals("import")) {
            ImportBench.run(importArticles, out);
        }
        // Not part of "all": it starts the app ten times and more (about a minute on an idle machine).
        if (only.equals("startup")) {
            Path packaged = jar != null ? jar : runningJar();
            if (!Files.isRegularFile(packaged)) {
                err.println("error: no jar at " + packaged
                        + "; build it (mvn -Pproduction -DskipTests package) or give --jar");
                return 2;
            }
            StartupBench.run(packaged, startupRuns, out);
        }
        return 0;
    }
}
