package org.frontlineatlas.extraction;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontlineatlas.events.DatePrecision;

/**
 * Dates written out on the calendar: "2022-06-19", "19.06.2022", "5 July", "February 24", "in May",
 * "late July", "in May last year", and days counted from the start of the invasion ("day 100 of
 * the war"). Without a year, the most recent such day or month on or before publication.
 */
final class CalendarDates {

    private static final String WAR = "(?:the\\s+)?(?:full-scale\\s+)?(?:war|conflict|invasion|fighting)";

    private static final List<DateRule> DAYS = new ArrayList<>();
    private static final List<DateRule> MONTHS = new ArrayList<>();

    private CalendarDates() {}

    /** Written days and war-day counts: tried first, they win over any relative word they overlap. */
    static List<DateRule> days() {
        return Collections.unmodifiableList(DAYS);
    }

    /** Months and parts of months, tried last (so that "last month" or "May 5" is read first). */
    static List<DateRule> months() {
        return Collections.unmodifiableList(MONTHS);
    }

    private static void dayRule(String regex, DateRule.Reader reader) {
        DAYS.add(DateRule.of(regex, reader));
    }

    private static void monthRule(String regex, DateRule.Reader reader) {
        MONTHS.add(DateRule.of(regex, reader));
    }

    static {
        // Written-out calendar dates first: they win over any relative word they overlap.
        dayRule(
                "\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b",
                (m, p, prev) -> ofDay(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        dayRule(
                "\\b(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})\\b",
                (m, p, prev) -> ofDay(
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        dayRule(
                "\\b(?:" + DateRule.WEEKDAYS + ",?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + DateRule.MONTHS
                        + "(?:,?\\s+(\\d{4}))?\\b",
                (m, p, prev) -> monthDay(m.group(3), Integer.parseInt(m.group(2)), m.group(4), p));
        dayRule(
                "\\b" + DateRule.MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?",
                (m, p, prev) -> monthDay(m.group(1), Integer.parseInt(m.group(2)), m.group(3), p));
        // Counted from the start of the invasion.
        dayRule(
                "\\b(?:in\\s+)?the\\s+first\\s+" + DateRule.NUMBER + "\\s+days\\s+of\\s+" + WAR + "\\b",
                (m, p, prev) -> {
                    int days = DateRule.number(m.group(1));
                    return days < 1
                            ? null
                            : span(DateResolver.INVASION_START, DateResolver.INVASION_START.plusDays(days - 1L));
                });
        dayRule(
                "\\bday\\s+(\\d{1,4})\\s+of\\s+" + WAR + "\\b",
                (m, p, prev) ->
                        ResolvedDate.day(DateResolver.INVASION_START.plusDays(Integer.parseInt(m.group(1)) - 1L)));
        // "in May last year", "May of last year": that month of the year before publication.
        monthRule(
                "\\b(?:in|during|since|by|until|throughout|early|late|mid-?|in\\s+early|in\\s+late|in\\s+mid-?)\\s*-?"
                        + DateRule.MONTHS + "\\s+(?:of\\s+)?last\\s+year\\b",
                (m, p, prev) -> {
                    YearMonth ym = YearMonth.of(p.getYear() - 1, monthOf(m.group(1)));
                    return part(
                            new ResolvedDate(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, false), m.group());
                });
        monthRule(
                "\\bat\\s+the\\s+(start|beginning|end)\\s+of\\s+" + DateRule.MONTHS + "(?:\\s+(\\d{4}))?\\b",
                (m, p, prev) -> part(month(m.group(2), m.group(3), p, false), m.group(1)));
        // A month on its own, after a preposition (so that the verb "may" never reads as May).
        monthRule(
                "\\b(?:in|during|since|by|until|throughout|last|early|late|mid|mid-|in\\s+early|in\\s+late|in\\s+mid-?)\\s*-?"
                        + DateRule.MONTHS + "(?:\\s+(\\d{4}))?\\b",
                (m, p, prev) -> part(
                        month(
                                m.group(1),
                                m.group(2),
                                p,
                                m.group().toLowerCase(Locale.ROOT).startsWith("last")),
                        m.group()));
    }

    private static ResolvedDate span(LocalDate start, LocalDate end) {
        long days = end.toEpochDay() - start.toEpochDay() + 1;
        DatePrecision precision = days <= 1 ? DatePrecision.DAY : days <= 7 ? DatePrecision.WEEK : DatePrecision.MONTH;
        return new ResolvedDate(start, end, precision, false);
    }

    private static ResolvedDate ofDay(int year, int month, int day) {
        return ResolvedDate.day(LocalDate.of(year, month, day)); // throws on 2022-13-40: not a date
    }

    private static Month monthOf(String name) {
        String key = name.replace(".", "").toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(key) || full.startsWith(key) && key.length() >= 3) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    /** "5 July" with or without a year; without one, the most recent such day on or before publication. */
    private static ResolvedDate monthDay(String monthName, int day, String year, LocalDate published) {
        if (!Character.isUpperCase(monthName.charAt(0))) {
            return null;
        }
        Month month = monthOf(monthName);
        if (year != null) {
            return ResolvedDate.day(LocalDate.of(Integer.parseInt(year), month, day));
        }
        if (day < 1 || day > month.maxLength()) {
            return null;
        }
        // Walk back year by year: 29 February needs a leap year, a later day of year the year before.
        for (int y = published.getYear(); y >= published.getYear() - 8; y--) {
            if (day <= YearMonth.of(y, month).lengthOfMonth()) {
                LocalDate candidate = LocalDate.of(y, month, day);
                if (!candidate.isAfter(published)) {
                    return ResolvedDate.day(candidate);
                }
            }
        }
        return null;
    }

    /** "in May" / "in May 2023": the most recent such month on or before publication. */
    private static ResolvedDate month(String monthName, String year, LocalDate published, boolean strictlyBefore) {
        if (!Character.isUpperCase(monthName.charAt(0))) {
            return null;
        }
        Month month = monthOf(monthName);
        YearMonth ym;
        if (year != null) {
            ym = YearMonth.of(Integer.parseInt(year), month);
        } else {
            ym = YearMonth.of(published.getYear(), month);
            YearMonth current = YearMonth.from(published);
            if (ym.isAfter(current) || strictlyBefore && ym.equals(current)) {
                ym = ym.minusYears(1);
            }
        }
        return new ResolvedDate(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, false);
    }

    private static final Pattern MONTH_PART = Pattern.compile("(?i)\\b(early|mid|late|start|beginning|end)\\b");

    /** "late July", "at the start of April": that third of the month (see {@link RelativeDayPhrases#partOf}). */
    private static ResolvedDate part(ResolvedDate month, String phrase) {
        Matcher word = MONTH_PART.matcher(phrase);
        if (month == null || !word.find()) {
            return month;
        }
        return RelativeDayPhrases.partOf(YearMonth.from(month.start()), RelativeDayPhrases.part(word.group(1)));
    }
}
