package org.frontlineatlas.cli;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A progress bar on stderr: redrawn in place on a terminal, a line every 10% otherwise (logs, CI),
 * so stdout stays clean for results.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final int total;
    private final boolean terminal = onTerminal();
    private final long started = System.nanoTime();
    private int done;
    private int lastDecile = -1;

    /** From Java 22 a console exists when output is redirected too; only isTerminal() then says a person watches. */
    // The null test is for Java 17 to 21, where no console means no terminal; 22 and later are asked below.
    @SuppressWarnings("SystemConsoleNull")
    private static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException beforeJava22) {
            return true; // up to Java 21 there is a console only on a terminal
        }
    }

    ProgressBar(PrintWriter err, int total) {
        this.err = err;
        this.total = Math.max(1, total);
    }

    void advance(int events) {
        done++;
        int decile = done * 10 / total;
        if (terminal) {
            int filled = done * WIDTH / total;
            err.printf(
                    Locale.ROOT,
                    "\r[%s%s] %d/%d articles, %d events, %s",
                    "#".repeat(filled),
                    " ".repeat(WIDTH - filled),
                    done,
                    total,
                    events,
                    rate());
            err.flush();
        } else if (decile != lastDecile || done == total) {
            lastDecile = decile;
            err.printf(
                    Locale.ROOT,
                    "%d/%d articles (%d%%), %d events, %s%n",
                    done,
                    total,
                    done * 100 / total,
                    events,
                    rate());
            err.flush();
        }
    }

    /** A message that must not be overwritten by the bar. */
    void message(String line) {
        if (terminal) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
        }
        err.println(line);
        err.flush();
    }

    void done() {
        if (terminal) {
            err.println();
        }
    }

    private String rate() {
        double seconds = (System.nanoTime() - started) / 1e9;
        return String.format(Locale.ROOT, "%.0f articles/s", seconds > 0 ? done / seconds : 0);
    }
}
