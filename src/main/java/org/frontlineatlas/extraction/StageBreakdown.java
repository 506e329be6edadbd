package org.frontlineatlas.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.frontlineatlas.gazetteer.PlaceTagger;

/**
 * Times the stages of extraction one at a time over the same articles, for the benchmark: cleaning
 * (parse), place tagging, sentence splitting with date finding, and trigger words. Each figure is
 * the median articles/s of that stage alone over several rounds, so the slow stage stands out.
 */
public final class StageBreakdown {

    /** Articles per second of each stage run on its own. */
    public record Rates(double clean, double tag, double dates, double triggers) {}

    private StageBreakdown() {}

    public static Rates measure(List<String> raw, PlaceTagger tagger, LocalDate published, int rounds) {
        List<String> texts = new ArrayList<>(raw.size());
        for (String r : raw) {
            texts.add(ArticleText.parse(r, "bench.txt").text());
        }
        DateResolver dates = new DateResolver();
        int n = raw.size();
        // A checksum every stage adds to, so that the JIT cannot drop the work.
        long[] sink = new long[1];
        double clean = median(
                rounds,
                n,
                () -> raw.forEach(
                        r -> sink[0] += ArticleText.parse(r, "bench.txt").text().length()));
        double tag = median(
                rounds, n, () -> texts.forEach(t -> sink[0] += tagger.tag(t).size()));
        double date = median(
                rounds,
                n,
                () -> texts.forEach(t -> {
                    for (SentenceSplitter.Span s : SentenceSplitter.split(t)) {
                        sink[0] += dates.find(t.substring(s.start(), s.end()), published, null)
                                .size();
                    }
                }));
        double triggers = median(
                rounds,
                n,
                () -> texts.forEach(t -> {
                    for (SentenceSplitter.Span s : SentenceSplitter.split(t)) {
                        sink[0] += TriggerLexicon.find(t.substring(s.start(), s.end()))
                                .size();
                    }
                }));
        if (sink[0] == 42) {
            System.out.print(""); // never true in practice; keeps the sink alive
        }
        return new Rates(clean, tag, date, triggers);
    }

    private static double median(int rounds, int articles, Runnable stage) {
        stage.run(); // warm-up
        double[] rates = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            stage.run();
            rates[i] = articles / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        return rates[rounds / 2];
    }
}
