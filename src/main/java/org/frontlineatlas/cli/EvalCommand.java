package org.frontlineatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.frontlineatlas.evaluation.DevSet;
import org.frontlineatlas.evaluation.DevSetScorer;
import org.frontlineatlas.evaluation.EvalReport;
import org.frontlineatlas.extraction.Geoparser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code eval [--dev DIR] [--seeds DIR] [--verbose]}: the dev set's and the seeds' figures (no database). */
@Command(name = "eval", description = "Score places and events against the dev set's gold annotations")
public final class EvalCommand implements Callable<Integer> {

    @Option(names = "--dev", paramLabel = "DIR", description = "dev set folder (default: src/test/resources/devset)")
    Path dev = Path.of("src", "test", "resources", "devset");

    @Option(
            names = "--seeds",
            paramLabel = "DIR",
            description = "folder of the seed articles (default: ../shared/seeds)")
    Path seeds = Path.of("..", "shared", "seeds");

    @Option(names = "--verbose", description = "print every false positive, false negative and wrong date")
    boolean verbose;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        DevSetScorer scorer = new DevSetScorer(Geoparser.shared());
        print(out, "dev set", scorer.score(DevSet.articles(dev.resolve("articles"))));
        if (Files.isDirectory(dev.resolve("seeds")) && Files.isDirectory(seeds)) {
            print(out, "seeds", scorer.score(DevSet.seeds(dev.resolve("seeds"), seeds)));
        }
        out.flush();
        return 0;
    }

    private void print(PrintWriter out, String subset, EvalReport report) {
        out.print(report.table(subset));
        if (verbose) {
            report.details().forEach(line -> out.println("    " + line));
        }
    }
}
