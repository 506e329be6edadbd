package org.frontlineatlas.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Days named for what happens on them: "Christmas", "New Year's Eve", "Palm Sunday", "Victory Day",
 * "the year's end", each the most recent such day on or before publication, and "two days before
 * Christmas", "the eve of Victory Day" counted from it. Easter and Palm Sunday are the Orthodox ones,
 * those of the places reported on.
 */
final class NamedDays {

    /** A name and the day it falls on in a year. */
    private record Named(String regex, IntFunction<LocalDate> inYear, Pattern whole) {
        Named(String regex, IntFunction<LocalDate> inYear) {
            this(regex, inYear, Pattern.compile(regex, Pattern.CASE_INSENSITIVE));
        }
    }

    private static final List<Named> NAMES = List.of(
            new Named("New\\s+Year['’]?s\\s+Eve|the\\s+year['’]?s\\s+end", y -> LocalDate.of(y, 12, 31)),
            new Named("New\\s+Year['’]?s(?:\\s+Day)?|New\\s+Year", y -> LocalDate.of(y, 1, 1)),
            new Named("Orthodox\\s+Christmas", y -> LocalDate.of(y, 1, 7)),
            new Named("Christmas\\s+Eve", y -> LocalDate.of(y, 12, 24)),
            new Named("Christmas(?:\\s+Day)?", y -> LocalDate.of(y, 12, 25)),
            new Named("Palm\\s+Sunday", y -> orthodoxEaster(y).minusDays(7)),
            new Named("(?:Orthodox\\s+)?Easter(?:\\s+Sunday)?", NamedDays::orthodoxEaster),
            new Named("Victory\\s+Day", y -> LocalDate.of(y, 5, 9)),
            new Named("(?:Ukraine's\\s+)?Independence\\s+Day", y -> LocalDate.of(y, 8, 24)));

    private static final String ANY_NAME =
            "(" + String.join("|", NAMES.stream().map(Named::regex).toList()) + ")";

    private NamedDays() {}

    static List<DateRule> rules() {
        return List.of(
                DateRule.of(
                        "\\b" + DateRule.NUMBER + "\\s+days?\\s+(before|after)\\s+" + ANY_NAME + "(?![\\w'’])",
                        (m, p, prev) -> {
                            LocalDate day = named(m.group(3), p);
                            if (day == null) {
                                return null;
                            }
                            int n = DateRule.number(m.group(1));
                            return ResolvedDate.day(
                                    "after".equalsIgnoreCase(m.group(2)) ? day.plusDays(n) : day.minusDays(n));
                        }),
                DateRule.of("\\bthe\\s+eve\\s+of\\s+" + ANY_NAME + "(?![\\w'’])", (m, p, prev) -> {
                    LocalDate day = named(m.group(1), p);
                    return day == null ? null : ResolvedDate.day(day.minusDays(1));
                }),
                // "before New Year", "ahead of Christmas", "by Easter": the day is looked forward to, not a date.
                DateRule.of(
                        "\\b(?<!before\\s)(?<!ahead\\sof\\s)(?<!until\\s)(?<!by\\s)" + ANY_NAME + "(?![\\w'’])",
                        (m, p, prev) -> {
                            LocalDate day = named(m.group(1), p);
                            return day == null ? null : ResolvedDate.day(day);
                        }));
    }

    /** The most recent day of that name on or before publication; null when not written as a name. */
    private static LocalDate named(String text, LocalDate published) {
        boolean yearsEnd = text.toLowerCase(Locale.ROOT).startsWith("the");
        if (!yearsEnd && !Character.isUpperCase(text.charAt(0))) {
            return null; // "easter" or "new year" in lower case is not the name of a day
        }
        for (Named n : NAMES) {
            if (n.whole().matcher(text).matches()) {
                LocalDate day = n.inYear().apply(published.getYear());
                return day.isAfter(published) ? n.inYear().apply(published.getYear() - 1) : day;
            }
        }
        return null;
    }

    /** Orthodox (Julian) Easter in the Gregorian calendar (Meeus), valid 1900-2099. */
    static LocalDate orthodoxEaster(int year) {
        int a = year % 4;
        int b = year % 7;
        int c = year % 19;
        int d = (19 * c + 15) % 30;
        int e = (2 * a + 4 * b - d + 34) % 7;
        int month = (d + e + 114) / 31;
        int day = (d + e + 114) % 31 + 1;
        return LocalDate.of(year, month, day).plusDays(13);
    }
}
