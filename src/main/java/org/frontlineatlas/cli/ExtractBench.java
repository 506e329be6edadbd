package org.frontlineatlas.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import org.frontlineatlas.extraction.ArticleText;
import org.frontlineatlas.extraction.EventExtractor;
import org.frontlineatlas.extraction.SyntheticArticles;
import org.frontlineatlas.gazetteer.Gazetteer;
import org.frontlineatlas.gazetteer.PlaceTagger;

/**
 * Extraction throughput without the database, on one thread: parse + clean + tag + extract of
 * synthetic ~5 KB articles. Prints figures; the {@code bench} command can call {@link #run}.
 */
public final class ExtractBench {

    private ExtractBench() {
    }

    public static void run(int articles, int sizeChars, PrintWriter out) {
        long loadStart = System.nanoTime();
        EventExtractor extractor = new EventExtractor(new PlaceTagger(Gazetteer.loadDefault()));
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;
        List<String> texts = SyntheticArticles.articles(1, articles, sizeChars);
        long bytes = texts.stream().mapToLong(String::length).sum();
        LocalDate published = LocalDate.of(2023, 6, 1);
        // Warm-up so the JIT has compiled the hot paths before timing.
        int warm = Math.min(500, articles);
        for (int i = 0; i < warm; i++) {
            extractor.extract(ArticleText.parse(texts.get(i), "bench.txt"), published);
        }
        long events = 0;
        long start = System.nanoTime();
        for (String text : texts) {
            events += extractor.extract(ArticleText.parse(text, "bench.txt"), published).size();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("extract: gazetteer load %.2f s; %d articles (avg %d chars) in %.2f s on one thread = %.0f articles/s,"
                        + " %.2f MB/s, %d events%n", loadSeconds, articles, bytes / articles, seconds, articles / seconds,
                bytes / seconds / 1e6, events);
        out.flush();
    }

    public static void main(String[] args) {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
        run(articles, 5000, new PrintWriter(System.out, true));
    }
}
