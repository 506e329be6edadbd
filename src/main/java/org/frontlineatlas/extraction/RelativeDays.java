package org.frontlineatlas.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.frontlineatlas.events.DatePrecision;

/**
 * Days named relative to publication or to the date the text stated before: "yesterday", "last
 * night", "overnight" (the day before publication), "today", "this morning" (publication), "on
 * Monday" (the most recent Monday on or before publication: a wire report filed on a Monday says
 * "on Monday" of that day), "last Monday" (strictly before), "a day prior", "the day before",
 * "that day", "two days earlier" (from the previous stated date, or publication when there is none).
 */
final class RelativeDays {

    /** After "before"/"after": not followed by a word (else it introduces a clause, "a day after X was hit"). */
    private static final String NO_CLAUSE = "(?!\\s+[\\w'’\"“])";

    private static final List<DateRule> RULES = new ArrayList<>();

    private RelativeDays() {}

    static List<DateRule> rules() {
        return Collections.unmodifiableList(RULES);
    }

    private static void rule(String regex, DateRule.Reader reader) {
        RULES.add(DateRule.of(regex, reader));
    }

    static {
        // Relative to the previously stated date. "before"/"after" followed by words is a connective ("a day
        // after Kyiv was struck"): it counts from an event whose day this rule cannot know, so it is no date.
        rule(
                "\\b(?:a|one|the)\\s+day\\s+(?:prior|earlier|before" + NO_CLAUSE + ")\\b|\\bthe\\s+previous\\s+day\\b",
                (m, p, prev) -> ResolvedDate.day(anchor(p, prev).minusDays(1)));
        rule(
                "\\b(?:a|one)\\s+day\\s+(?:later|after" + NO_CLAUSE + ")\\b|\\bthe\\s+(?:next|following)\\s+day\\b",
                (m, p, prev) -> ResolvedDate.day(anchor(p, prev).plusDays(1)));
        rule(
                "\\b" + DateRule.NUMBER + "\\s+days\\s+(?:prior|earlier|before" + NO_CLAUSE + ")\\b",
                (m, p, prev) -> ResolvedDate.day(anchor(p, prev).minusDays(DateRule.number(m.group(1)))));
        rule(
                "\\b" + DateRule.NUMBER + "\\s+week(?:s)?\\s+(prior|earlier|before" + NO_CLAUSE + "|later|after"
                        + NO_CLAUSE + ")\\b",
                (m, p, prev) -> {
                    long days = 7L * DateRule.number(m.group(1));
                    boolean later = m.group(2).toLowerCase(Locale.ROOT).matches("later|after");
                    return ResolvedDate.day(
                            later
                                    ? anchor(p, prev).plusDays(days)
                                    : anchor(p, prev).minusDays(days));
                });
        rule(
                "\\bthat\\s+(?:same\\s+)?day\\b|\\bthe\\s+same\\s+(?:day|morning|afternoon|evening|night)\\b",
                (m, p, prev) -> ResolvedDate.day(anchor(p, prev)));
        // Relative to publication.
        rule("\\bthe\\s+day\\s+before\\s+yesterday\\b", (m, p, prev) -> ResolvedDate.day(p.minusDays(2)));
        rule(
                "\\byesterday(?:\\s+(?:morning|afternoon|evening))?\\b|\\blast\\s+night\\b|\\bovernight\\b",
                (m, p, prev) -> ResolvedDate.day(p.minusDays(1)));
        rule(
                "\\b(?:earlier\\s+)?today\\b|\\bthis\\s+(?:morning|afternoon|evening)\\b|\\btonight\\b",
                (m, p, prev) -> ResolvedDate.day(p));
        rule(
                "\\b(?:over|in|during)\\s+the\\s+(?:past|last)\\s+(?:day|24\\s+hours)\\b",
                (m, p, prev) -> new ResolvedDate(p.minusDays(1), p, DatePrecision.DAY, false));
        // The optional word takes its own spaces, so a match begins at a word (same matches as "(…)?\\s*" +
        // DateRule.WEEKDAYS).
        rule(
                "\\b(?:(last|this|on|next)\\s*)?" + DateRule.WEEKDAYS
                        + "(?:\\s+(?:morning|afternoon|evening|night))?\\b",
                (m, p, prev) -> {
                    if (!Character.isUpperCase(m.group(2).charAt(0))) {
                        return null;
                    }
                    DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                    boolean strictlyBefore = "last".equalsIgnoreCase(m.group(1));
                    LocalDate from = strictlyBefore ? p.minusDays(1) : p;
                    return ResolvedDate.day(from.with(TemporalAdjusters.previousOrSame(dow)));
                });
    }

    static LocalDate anchor(LocalDate published, LocalDate previous) {
        return previous != null ? previous : published;
    }
}
