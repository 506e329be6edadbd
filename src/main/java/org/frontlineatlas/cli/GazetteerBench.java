package org.frontlineatlas.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.frontlineatlas.extraction.Geoparser;
import org.frontlineatlas.gazetteer.Gazetteer;
import org.frontlineatlas.gazetteer.PlaceTagger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Gazetteer figures: load and index build time, index heap, and tagging throughput on the seed
 * articles repeated to a volume (50 MB by default), one thread; at full size and at a tenth, to show
 * how they scale. A part of {@code bench}; also runnable alone as a main class.
 */
@Command(
        name = "gazetteer",
        mixinStandardHelpOptions = true,
        description = "Gazetteer load, memory and tagging figures")
public final class GazetteerBench implements Callable<Integer> {

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

    @Option(names = "--seeds", description = "Folder of article .txt files (default: ../shared/seeds)")
    Path seeds = Path.of("..", "shared", "seeds");

    @Option(names = "--mb", description = "Megabytes of text to tag (default: 50)")
    int megabytes = 50;

    public static void main(String[] args) {
        System.exit(new CommandLine(new GazetteerBench()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        run(System.out);
        return 0;
    }

    public void run(PrintStream out) throws IOException {
        List<String> articles = readArticles();
        out.printf(
                Locale.ROOT,
                "gazetteer bench: %d seed articles, %d MB of text per run, 1 thread%n",
                articles.size(),
                megabytes);
        // Cold first: this JVM has loaded no gazetteer class yet, as in a fresh CLI run.
        measure(out, "full", 1, articles);
        measure(out, "tenth", 10, articles);
        measure(out, "full (warm JVM)", 1, articles);
    }

    private void measure(PrintStream out, String label, int keepEvery, List<String> articles) {
        // Timed without a GC just before: a forced full GC shrinks the young generation and would
        // slow the load down in a way a real start does not see.
        long t0 = System.nanoTime();
        long c0 = CPU.getCurrentThreadCpuTime();
        Gazetteer g = keepEvery == 1 ? Gazetteer.loadFresh() : Gazetteer.loadSampled(keepEvery);
        long loadCpu = CPU.getCurrentThreadCpuTime() - c0;
        long loadNanos = System.nanoTime() - t0;
        long withGazetteer = usedHeap();
        PlaceTagger tagger = Geoparser.over(g).tagger();
        long target = (long) megabytes * 1024 * 1024;
        // warm-up, then the timed run
        tagAll(tagger, articles, Math.min(target, 5L * 1024 * 1024));
        long t1 = System.nanoTime();
        long c1 = CPU.getCurrentThreadCpuTime();
        long[] done = tagAll(tagger, articles, target);
        double cpuSecs = (CPU.getCurrentThreadCpuTime() - c1) / 1e9;
        double secs = (System.nanoTime() - t1) / 1e9;
        double mb = done[0] / 1048576.0;
        int places = g.size();
        int names = g.nameCount();
        // Heap the gazetteer keeps: used heap with it, minus used heap once it is dropped.
        g = null;
        tagger = null;
        long heap = withGazetteer - usedHeap();
        // Wall time and this thread's CPU time: on a shared machine the CPU figure is the steadier.
        out.printf(
                Locale.ROOT,
                "%-16s places=%d names=%d | load+index %.0f ms wall, %.0f ms cpu | heap %.0f MB"
                        + " | tagging %.1f MB/s wall, %.1f MB/s cpu (%.0f MB, %d mentions)%n",
                label,
                places,
                names,
                loadNanos / 1e6,
                loadCpu / 1e6,
                heap / 1048576.0,
                mb / secs,
                mb / cpuSecs,
                mb,
                done[1]);
    }

    /** Tags the articles over and over until {@code bytes} of UTF-8 text are done; returns {bytes, mentions}. */
    private static long[] tagAll(PlaceTagger tagger, List<String> articles, long bytes) {
        long[] sizes = articles.stream()
                .mapToLong(a -> a.getBytes(StandardCharsets.UTF_8).length)
                .toArray();
        long done = 0;
        long mentions = 0;
        for (int i = 0; done < bytes; i = (i + 1) % articles.size()) {
            mentions += tagger.tag(articles.get(i)).size();
            done += sizes[i];
        }
        return new long[] {done, mentions};
    }

    private List<String> readArticles() throws IOException {
        if (!Files.isDirectory(seeds)) {
            throw new PlacesCommand.BadInputException("no seed folder: " + seeds);
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readString(f));
            }
        }
        if (out.isEmpty()) {
            throw new PlacesCommand.BadInputException("no .txt articles in " + seeds);
        }
        return out;
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
