package org.frontlineatlas.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.frontlineatlas.extraction.ArticleText;
import org.frontlineatlas.extraction.EventExtractor;
import org.frontlineatlas.extraction.Geoparser;
import org.frontlineatlas.extraction.StageBreakdown;
import org.frontlineatlas.extraction.SyntheticArticles;
import org.frontlineatlas.gazetteer.PlaceTagger;

/**
 * Extraction throughput without the database, on one thread: parse + clean + tag + extract of
 * synthetic ~5 KB articles. After a warm-up round it times several rounds and prints the median
 * (the machine is shared, so single rounds are noisy), MB/s, and a per-stage breakdown.
 * The {@code bench} command can call {@link #run}.
 */
public final class ExtractBench {

    private static final int ROUNDS = 5;

    private ExtractBench() {}

    public static void run(int articles, int sizeChars, PrintWriter out) {
        run(articles, sizeChars, ROUNDS, true, out);
    }

    public static void run(int articles, int sizeChars, int rounds, boolean breakdown, PrintWriter out) {
        long loadStart = System.nanoTime();
        Geoparser parser = Geoparser.shared();
        PlaceTagger tagger = parser.tagger();
        EventExtractor extractor = parser.extractor();
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        List<String> texts = SyntheticArticles.articles(1, articles, sizeChars);
        long chars = texts.stream().mapToLong(String::length).sum();
        long bytes = texts.stream()
                .mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length)
                .sum();
        LocalDate published = LocalDate.of(2023, 6, 1);
        long events = runOnce(extractor, texts, published); // warm-up: the JIT compiles the hot paths
        double[] rates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            runOnce(extractor, texts, published);
            rates[r] = articles / ((System.nanoTime() - start) / 1e9);
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        double median = sorted[rounds / 2];
        double mbPerSecond = median * (bytes / (double) articles) / 1e6; // UTF-8 bytes, as the files would be
        out.printf(
                "extract: gazetteer load %.2f s; %d articles (avg %d chars), %d events; %d rounds on one thread:"
                        + " median %.0f articles/s (%.2f MB/s), min %.0f, max %.0f%n",
                loadSeconds,
                articles,
                chars / articles,
                events,
                rounds,
                median,
                mbPerSecond,
                sorted[0],
                sorted[rounds - 1]);
        if (breakdown) {
            StageBreakdown.Rates s = StageBreakdown.measure(texts, tagger, published, 3);
            out.printf(
                    "stages alone (median articles/s): clean %.0f, tag places %.0f, split+dates %.0f, split+triggers %.0f%n",
                    s.clean(), s.tag(), s.dates(), s.triggers());
        }
        out.flush();
    }

    private static long runOnce(EventExtractor extractor, List<String> texts, LocalDate published) {
        long events = 0;
        for (String text : texts) {
            events += extractor
                    .extract(ArticleText.parse(text, "bench.txt"), published)
                    .size();
        }
        return events;
    }

    /** Arguments: [articles (default 1000)] [rounds (default 5)]. */
    public static void main(String[] args) {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : ROUNDS;
        run(articles, 5000, rounds, true, new PrintWriter(System.out, true, StandardCharsets.UTF_8));
    }
}
