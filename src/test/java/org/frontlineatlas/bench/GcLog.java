package org.frontlineatlas.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's heap as its own GC log tells it ({@code -Xlog:gc:file=...}, default decorators):
 * each pause line {@code [12.3s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 180M->42M(256M) 3.1ms}
 * gives heap used before and after, and the committed heap. "Live heap" below is the most used
 * after a collection: what the app really holds; before-GC figures only say how lazy the collector was.
 */
final class GcLog {

    private static final Pattern PAUSE = Pattern.compile(
            "^\\[([\\d.]+)s].*GC\\(\\d+\\) (Pause \\D*?)\\s*(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\) ([\\d.]+)ms");

    record Summary(
            int pauses,
            int fullPauses,
            double maxAfterMb,
            double maxBeforeMb,
            double maxCommittedMb,
            double totalPauseMs,
            double maxPauseMs) {}

    private GcLog() {}

    /** Pauses between {@code fromSeconds} and {@code toSeconds} of the server's uptime. */
    static Summary read(Path log, double fromSeconds, double toSeconds) throws IOException {
        int pauses = 0;
        int full = 0;
        double after = 0;
        double before = 0;
        double committed = 0;
        double total = 0;
        double longest = 0;
        for (String line : Files.readAllLines(log)) {
            Matcher m = PAUSE.matcher(line);
            if (!m.find()) {
                continue;
            }
            double at = Double.parseDouble(m.group(1));
            if (at < fromSeconds || at > toSeconds) {
                continue;
            }
            pauses++;
            if (m.group(2).startsWith("Pause Full")) {
                full++;
            }
            before = Math.max(before, mb(m.group(3), m.group(4)));
            after = Math.max(after, mb(m.group(5), m.group(6)));
            committed = Math.max(committed, mb(m.group(7), m.group(8)));
            double ms = Double.parseDouble(m.group(9));
            total += ms;
            longest = Math.max(longest, ms);
        }
        return new Summary(pauses, full, after, before, committed, total, longest);
    }

    private static double mb(String n, String unit) {
        double v = Double.parseDouble(n);
        return switch (unit) {
            case "K" -> v / 1024;
            case "G" -> v * 1024;
            default -> v;
        };
    }
}
