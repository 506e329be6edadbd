package org.frontlineatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench [--only PART] [--articles N] [--import-articles N]}: prints throughput figures.
 * The machine may be shared: compare ratios within one run, not figures across runs.
 */
@Command(name = "bench", description = "Print throughput figures: gazetteer, map labels, extract, import.")
public class BenchCommand implements Callable<Integer> {

    private static final Set<String> PARTS = Set.of("all", "gazetteer", "labels", "extract", "import");

    @Option(names = "--only", paramLabel = "PART", description = "gazetteer, labels, extract or import (default: all)")
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!PARTS.contains(only)) {
            err.println("error: --only takes one of " + PARTS);
            return 2;
        }
        if (articles < 1 || importArticles < 1) {
            err.println("error: article counts must be positive");
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
        return 0;
    }
}
