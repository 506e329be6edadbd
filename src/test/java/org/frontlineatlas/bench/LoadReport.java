package org.frontlineatlas.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The rows {@link LoadBench} prints: count, rate, latency quantiles and errors per kind of request. */
final class LoadReport {

    private LoadReport() {}

    static LoadSamples total(Map<String, LoadSamples> kinds, String... names) {
        LoadSamples t = new LoadSamples();
        for (String n : names) {
            if (kinds.containsKey(n)) {
                t.addAll(kinds.get(n));
            }
        }
        return t;
    }

    static void row(String what, LoadSamples s, double seconds) {
        if (s == null) {
            s = new LoadSamples();
        }
        System.out.printf(
                "%-28s %,9d %8.1f %6.1f ms %6.1f ms %6.1f ms %6.0f ms %7d%n",
                what,
                s.count(),
                s.count() / seconds,
                s.millisAt(0.5),
                s.millisAt(0.9),
                s.millisAt(0.99),
                s.millisAt(1.0),
                s.errorCount());
    }

    static void printErrors(String what, LoadSamples s) {
        s.errors()
                .forEach((k, v) -> System.out.printf(
                        "  %s error %s x %d, e.g. %s%n",
                        what, k, v, clip(s.examples().get(k))));
    }

    static String clip(String s) {
        return s == null ? "" : s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim().replaceAll("^(\\S+ \\S+ \\S+).*", "$1");
        } catch (Exception e) {
            return "unknown";
        }
    }

    static String maxHeap(Path gcLog) throws java.io.IOException {
        Matcher m = Pattern.compile("Heap Max Capacity: (\\S+)").matcher(Files.readString(gcLog));
        return m.find() ? m.group(1) : "?";
    }
}
