package org.frontlineatlas.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.frontlineatlas.events.DatePrecision;

/**
 * Date phrases that name a part of a week or month, or a night, rather than a day: tried before
 * {@link DateResolver}'s general rules so that "late last month" is not read as the whole of last
 * month, nor "the night of Sunday to Monday" as Sunday alone.
 *
 * <ul>
 *   <li>"earlier in the week": Monday of the publication week to the day before publication.</li>
 *   <li>"over the weekend": the last Saturday and Sunday before publication.</li>
 *   <li>"early/mid/late last month", "at the start/end of last month": days 1-10, 11-20 or 21-end of
 *       the previous month.</li>
 *   <li>"on the night of Sunday to Monday", "Friday night into Saturday": the two days.</li>
 *   <li>"hours before", "hours later": the day of the date stated before (or publication).</li>
 * </ul>
 */
final class RelativeDayPhrases {

    /** A phrase and how to resolve its match (null when it is not a date after all). */
    record Phrase(String regex, DateRule.Reader reader) {}

    private static final String WEEKDAYS = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    static final List<Phrase> PHRASES = List.of(
            new Phrase("\\bearlier\\s+in\\s+the\\s+week\\b", (m, p, prev) -> earlierInWeek(p)),
            new Phrase(
                    "\\b(?:over|at|during|on)\\s+the\\s+weekend\\b|\\bthis\\s+(?:past\\s+)?weekend\\b",
                    (m, p, prev) -> weekend(p)),
            new Phrase(
                    "\\b(?:(?:in\\s+)?(early|mid|late)[-\\s]+|at\\s+the\\s+(start|beginning|end)\\s+of\\s+)last\\s+month\\b",
                    (m, p, prev) -> partOf(
                            YearMonth.from(p).minusMonths(1), part(m.group(1) != null ? m.group(1) : m.group(2)))),
            new Phrase(
                    "\\b(?:on\\s+|during\\s+)?the\\s+night\\s+of\\s+" + WEEKDAYS + "\\s+(?:to|into)\\s+" + WEEKDAYS
                            + "\\b",
                    (m, p, prev) -> night(m.group(1), m.group(2), p)),
            new Phrase(
                    "\\b(?:on\\s+|during\\s+)?" + WEEKDAYS + "\\s+night\\s+(?:and\\s+)?into\\s+" + WEEKDAYS + "\\b",
                    (m, p, prev) -> night(m.group(1), m.group(2), p)),
            // "barely 24 hours earlier", "48 hours later": whole days from the date stated before.
            new Phrase(
                    "\\b(\\d{2,3})\\s+hours\\s+(earlier|before|later|after)\\b(?!\\s+(?:than|[\\w'’\"“]))",
                    (m, p, prev) -> {
                        long days = Math.round(Integer.parseInt(m.group(1)) / 24.0);
                        LocalDate from = prev != null ? prev : p;
                        boolean later = m.group(2).equalsIgnoreCase("later")
                                || m.group(2).equalsIgnoreCase("after");
                        return ResolvedDate.day(later ? from.plusDays(days) : from.minusDays(days));
                    }),
            new Phrase(
                    "\\b(?:hours|minutes|shortly)\\s+(?:before|after|later|earlier)\\b(?!\\s+than)",
                    (m, p, prev) -> ResolvedDate.day(prev != null ? prev : p)));

    private RelativeDayPhrases() {}

    static List<DateRule> rules() {
        return PHRASES.stream().map(p -> DateRule.of(p.regex(), p.reader())).toList();
    }

    /** Which third of a month a word names: 0 early, 1 mid, 2 late. */
    static int part(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "early", "start", "beginning" -> 0;
            case "mid" -> 1;
            default -> 2;
        };
    }

    /** Days 1-10, 11-20 or 21-end of {@code month}: a window of about a week and a half. */
    static ResolvedDate partOf(YearMonth month, int third) {
        LocalDate start = month.atDay(1 + 10 * third);
        LocalDate end = third == 2 ? month.atEndOfMonth() : start.plusDays(9);
        return new ResolvedDate(start, end, DatePrecision.WEEK, false);
    }

    private static ResolvedDate earlierInWeek(LocalDate published) {
        LocalDate monday = published.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (monday.equals(published)) {
            monday = monday.minusWeeks(1); // a Monday report's "earlier in the week" is last week's
        }
        return new ResolvedDate(monday, published.minusDays(1), DatePrecision.WEEK, false);
    }

    private static ResolvedDate weekend(LocalDate published) {
        LocalDate saturday = published.minusDays(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.SATURDAY));
        LocalDate sunday = saturday.plusDays(1);
        return new ResolvedDate(saturday, sunday.isAfter(published) ? published : sunday, DatePrecision.WEEK, false);
    }

    /** "the night of Sunday to Monday": the latest such pair whose morning is not after publication. */
    private static ResolvedDate night(String evening, String morning, LocalDate published) {
        DayOfWeek first = DayOfWeek.valueOf(evening.toUpperCase(Locale.ROOT));
        DayOfWeek second = DayOfWeek.valueOf(morning.toUpperCase(Locale.ROOT));
        if (first.plus(1) != second
                || !Character.isUpperCase(evening.charAt(0))
                || !Character.isUpperCase(morning.charAt(0))) {
            return null;
        }
        LocalDate end = published.with(TemporalAdjusters.previousOrSame(second));
        return new ResolvedDate(end.minusDays(1), end, DatePrecision.WEEK, false);
    }
}
