package org.frontlineatlas.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The figures of one scored subset, and the lines behind them (for {@code eval --verbose}). */
public record EvalReport(
        int articles,
        int toponymTp,
        int toponymFp,
        int toponymFn,
        int eventTp,
        int eventFp,
        int eventFn,
        int datesRight,
        int metonymPins,
        List<String> details) {

    public double toponymPrecision() {
        return ratio(toponymTp, toponymTp + toponymFp);
    }

    public double toponymRecall() {
        return ratio(toponymTp, toponymTp + toponymFn);
    }

    public double toponymF1() {
        return f1(toponymPrecision(), toponymRecall());
    }

    public double eventPrecision() {
        return ratio(eventTp, eventTp + eventFp);
    }

    public double eventRecall() {
        return ratio(eventTp, eventTp + eventFn);
    }

    public double eventF1() {
        return f1(eventPrecision(), eventRecall());
    }

    public double dateAccuracy() {
        return ratio(datesRight, eventTp);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** One line per figure, for people and for CI logs. */
    public String table(String subset) {
        return String.format(
                Locale.ROOT,
                """
                %s (%d articles)
                  toponyms  P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d)
                  events    P %.3f  R %.3f  F1 %.3f   (tp %d, fp %d, fn %d)
                  dates     %.3f of matched events
                  metonym pins %d
                """,
                subset,
                articles,
                toponymPrecision(),
                toponymRecall(),
                toponymF1(),
                toponymTp,
                toponymFp,
                toponymFn,
                eventPrecision(),
                eventRecall(),
                eventF1(),
                eventTp,
                eventFp,
                eventFn,
                dateAccuracy(),
                metonymPins);
    }

    static final class Builder {
        private final int articles;
        private int toponymTp;
        private int toponymFp;
        private int toponymFn;
        private int eventTp;
        private int eventFp;
        private int eventFn;
        private int datesRight;
        private int metonymPins;
        private final List<String> details = new ArrayList<>();

        Builder(int articles) {
            this.articles = articles;
        }

        void toponymTruePositive() {
            toponymTp++;
        }

        void toponymFalsePositive(String line) {
            toponymFp++;
            details.add("TOPONYM FP  " + line);
        }

        void toponymFalseNegative(String line) {
            toponymFn++;
            details.add("TOPONYM FN  " + line);
        }

        void eventMatched(boolean dateRight, String line) {
            eventTp++;
            if (dateRight) {
                datesRight++;
            } else {
                details.add("EVENT DATE  " + line);
            }
        }

        void eventFalsePositive(boolean metonym, String line) {
            eventFp++;
            if (metonym) {
                metonymPins++;
            }
            details.add((metonym ? "EVENT METONYM " : "EVENT FP    ") + line);
        }

        void eventFalseNegative(String line) {
            eventFn++;
            details.add("EVENT FN    " + line);
        }

        EvalReport build() {
            return new EvalReport(
                    articles,
                    toponymTp,
                    toponymFp,
                    toponymFn,
                    eventTp,
                    eventFp,
                    eventFn,
                    datesRight,
                    metonymPins,
                    List.copyOf(details));
        }
    }
}
