package org.frontlineatlas.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.frontlineatlas.events.DatePrecision;

/**
 * Windows of days before publication: "in the past week" (the seven days before), "last week" (the
 * previous calendar week, Monday to Sunday), "this week", "in recent days/weeks", "last month" (the
 * previous calendar month), "this month", "two weeks ago".
 */
final class DateWindows {

    private static final List<DateRule> RULES = new ArrayList<>();

    private DateWindows() {}

    static List<DateRule> rules() {
        return Collections.unmodifiableList(RULES);
    }

    private static void rule(String regex, DateRule.Reader reader) {
        RULES.add(DateRule.of(regex, reader));
    }

    static {
        rule(
                "\\b(?:over|in|during|within)\\s+the\\s+(?:past|last)\\s+(?:week|seven\\s+days|7\\s+days)\\b|\\ba\\s+week\\s+ago\\b",
                (m, p, prev) -> new ResolvedDate(p.minusDays(7), p.minusDays(1), DatePrecision.WEEK, false));
        rule("\\blast\\s+week(?:end)?\\b", (m, p, prev) -> {
            boolean weekend = m.group().toLowerCase(Locale.ROOT).endsWith("weekend");
            LocalDate monday =
                    p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
            return weekend
                    ? new ResolvedDate(monday.plusDays(5), monday.plusDays(6), DatePrecision.WEEK, false)
                    : new ResolvedDate(monday, monday.plusDays(6), DatePrecision.WEEK, false);
        });
        rule(
                "\\b(?:earlier\\s+)?this\\s+week\\b",
                (m, p, prev) -> new ResolvedDate(
                        p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), p, DatePrecision.WEEK, false));
        rule(
                "\\b(?:over|in|during)\\s+the\\s+(?:past|last)\\s+(?:few|several|couple\\s+of)\\s+days\\b|\\bin\\s+recent\\s+days\\b",
                (m, p, prev) -> new ResolvedDate(p.minusDays(6), p, DatePrecision.WEEK, false));
        rule(
                "\\b(?:over|in|during)\\s+the\\s+(?:past|last)\\s+(?:few|several|couple\\s+of|two|three)\\s+weeks\\b|\\bin\\s+recent\\s+weeks\\b",
                (m, p, prev) -> new ResolvedDate(p.minusDays(27), p, DatePrecision.MONTH, false));
        rule("\\blast\\s+month\\b", (m, p, prev) -> {
            YearMonth ym = YearMonth.from(p).minusMonths(1);
            return new ResolvedDate(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, false);
        });
        rule(
                "\\b(?:earlier\\s+)?this\\s+month\\b",
                (m, p, prev) -> new ResolvedDate(p.withDayOfMonth(1), p, DatePrecision.MONTH, false));
        rule("\\b" + DateRule.NUMBER + "\\s+(day|week|month)s?\\s+ago\\b", (m, p, prev) -> {
            int n = DateRule.number(m.group(1));
            return switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "day" -> ResolvedDate.day(p.minusDays(n));
                case "week" ->
                    new ResolvedDate(
                            p.minusWeeks(n),
                            p.minusWeeks(n).plusDays(6).isAfter(p)
                                    ? p
                                    : p.minusWeeks(n).plusDays(6),
                            DatePrecision.WEEK,
                            false);
                default -> {
                    YearMonth ym = YearMonth.from(p).minusMonths(n);
                    yield new ResolvedDate(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, false);
                }
            };
        });
    }
}
