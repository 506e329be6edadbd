package org.frontlineatlas.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Latencies and errors of one kind of request, kept whole (a sorted array at the end, no
 * histogram buckets): a 2-minute run holds a few hundred thousand samples, a few MB. One instance
 * per worker thread, merged when the run is over, so recording takes no lock.
 */
final class LoadSamples {

    private long[] micros = new long[1024];
    private int count;
    private long bytes;
    /** Failures by what went wrong (status code or exception class), with one example message each. */
    private final Map<String, Integer> errors = new TreeMap<>();

    private final Map<String, String> examples = new LinkedHashMap<>();

    void ok(long nanos, long bodyBytes) {
        add(nanos);
        bytes += bodyBytes;
    }

    /** A failed request counts as an error; its time still counts as a latency (the reader waited). */
    void error(long nanos, String what, String example) {
        add(nanos);
        errors.merge(what, 1, Integer::sum);
        examples.putIfAbsent(what, example);
    }

    private void add(long nanos) {
        if (count == micros.length) {
            micros = Arrays.copyOf(micros, count * 2);
        }
        micros[count++] = nanos / 1_000;
    }

    void addAll(LoadSamples other) {
        for (int i = 0; i < other.count; i++) {
            add(other.micros[i] * 1_000);
        }
        bytes += other.bytes;
        other.errors.forEach((k, v) -> errors.merge(k, v, Integer::sum));
        other.examples.forEach(examples::putIfAbsent);
    }

    int count() {
        return count;
    }

    long bytes() {
        return bytes;
    }

    int errorCount() {
        return errors.values().stream().mapToInt(Integer::intValue).sum();
    }

    Map<String, Integer> errors() {
        return errors;
    }

    Map<String, String> examples() {
        return examples;
    }

    /** Milliseconds at quantile q (0..1) by the nearest-rank method; NaN when empty. */
    double millisAt(double q) {
        if (count == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(micros, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(q * count);
        return sorted[Math.max(0, Math.min(count - 1, rank - 1))] / 1000.0;
    }
}
