package org.frontlineatlas.extraction;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontlineatlas.events.DatePrecision;

/**
 * Finds date expressions in a sentence and resolves them against the publication date. Pure and
 * thread-safe.
 *
 * <p>Reading rules (what a news desk means by them):
 * <ul>
 *   <li>"yesterday", "last night", "overnight": the day before publication; "today", "this morning":
 *       the publication day.</li>
 *   <li>"on Monday": the most recent Monday on or before publication (a wire report filed on a
 *       Monday says "on Monday" of that day); "last Monday" is strictly before.</li>
 *   <li>"last week": the previous calendar week, Monday to Sunday; "in the past week": the seven days
 *       before publication; "last month": the previous calendar month.</li>
 *   <li>"on 5 July", "4 June", "February 24", "in May": the most recent such day or month on or
 *       before publication, unless a year is written.</li>
 *   <li>"a day prior", "the day before", "that day": relative to the previous date the text stated
 *       (or publication when there is none).</li>
 *   <li>"the first 68 days of the conflict", "day 100 of the war": counted from 24 February 2022.</li>
 * </ul>
 */
public final class DateResolver {

    /** Start of the full-scale invasion, the origin of "day N of the war". */
    public static final LocalDate INVASION_START = LocalDate.of(2022, 2, 24);

    private static final String MONTHS =
            "(January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final String WEEKDAYS = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String NUMBER =
            "(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";
    private static final String WAR = "(?:the\\s+)?(?:full-scale\\s+)?(?:war|conflict|invasion|fighting)";

    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("a", 1),
            Map.entry("an", 1),
            Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3),
            Map.entry("four", 4),
            Map.entry("five", 5),
            Map.entry("six", 6),
            Map.entry("seven", 7),
            Map.entry("eight", 8),
            Map.entry("nine", 9),
            Map.entry("ten", 10),
            Map.entry("eleven", 11),
            Map.entry("twelve", 12));

    /** One reading rule: a pattern and how to turn its match into a date (null when invalid). */
    private record Rule(
            WordStartPattern pattern,
            Reader reader,
            String[] guards,
            boolean caseSensitiveGuards,
            boolean needsDigit) {}

    @FunctionalInterface
    interface Reader {
        ResolvedDate read(Matcher m, LocalDate published, LocalDate previous);
    }

    private static final List<Rule> RULES = new ArrayList<>();

    /** Words one of which a sentence must contain for the rule to be tried (a cheap pre-check). */
    private static final String[] MONTH_GUARDS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };
    /** Frequent words never needed as guards: every alternative of the rules also has a rarer word. */
    private static final java.util.Set<String> GUARD_STOPWORDS = java.util.Set.of(
            "the",
            "over",
            "during",
            "within",
            "past",
            "last",
            "this",
            "that",
            "same",
            "earlier",
            "first",
            "after",
            "before",
            "prior",
            "later",
            "next",
            "following",
            "previous",
            "few",
            "several",
            "couple",
            "recent",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "full",
            "scale");

    private static final String[] WEEKDAY_GUARDS = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
    };

    private static void rule(String regex, Reader reader) {
        String[] guards;
        boolean caseSensitive = false;
        if (regex.contains(MONTHS)) {
            guards = MONTH_GUARDS; // month and weekday names are written capitalised
            caseSensitive = true;
        } else if (regex.contains(WEEKDAYS)) {
            guards = WEEKDAY_GUARDS;
            caseSensitive = true;
        } else if (regex.startsWith("\\b(\\d") && !regex.contains("|one|")) { // written dates, not "two days earlier"
            guards = new String[] {"-", "/", "."};
        } else {
            // Every match contains the words of one alternative, so any word of the pattern is a safe guard.
            guards = java.util.Arrays.stream(regex.replaceAll("\\\\[a-z]", " ").split("[^a-z]+"))
                    .filter(w -> w.length() >= 3 && !GUARD_STOPWORDS.contains(w))
                    .distinct()
                    .toArray(String[]::new);
        }
        boolean needsDigit =
                (regex.startsWith("\\b(\\d") || regex.contains(")?(\\d{1,2})") || regex.contains("\\s+(\\d{1,2})"))
                        && !regex.contains("|one|");
        RULES.add(new Rule(
                WordStartPattern.compile(regex, Pattern.CASE_INSENSITIVE), reader, guards, caseSensitive, needsDigit));
    }

    private static boolean guarded(Rule rule, String sentence, String lower, boolean hasDigit) {
        if (rule.needsDigit() && !hasDigit) {
            return false;
        }
        String haystack = rule.caseSensitiveGuards() ? sentence : lower;
        for (String g : rule.guards()) {
            if (haystack.contains(g)) {
                return true;
            }
        }
        return false;
    }

    static {
        // Written-out calendar dates first: they win over any relative word they overlap.
        rule(
                "\\b(\\d{4})-(\\d{1,2})-(\\d{1,2})\\b",
                (m, p, prev) -> ofDay(
                        Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        rule(
                "\\b(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})\\b",
                (m, p, prev) -> ofDay(
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))));
        rule(
                "\\b(?:" + WEEKDAYS + ",?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTHS
                        + "(?:,?\\s+(\\d{4}))?\\b",
                (m, p, prev) -> monthDay(m.group(3), Integer.parseInt(m.group(2)), m.group(4), p));
        rule(
                "\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?",
                (m, p, prev) -> monthDay(m.group(1), Integer.parseInt(m.group(2)), m.group(3), p));
        // Counted from the start of the invasion.
        rule("\\b(?:in\\s+)?the\\s+first\\s+" + NUMBER + "\\s+days\\s+of\\s+" + WAR + "\\b", (m, p, prev) -> {
            int days = number(m.group(1));
            return days < 1 ? null : span(INVASION_START, INVASION_START.plusDays(days - 1L));
        });
        rule(
                "\\bday\\s+(\\d{1,4})\\s+of\\s+" + WAR + "\\b",
                (m, p, prev) -> ResolvedDate.day(INVASION_START.plusDays(Integer.parseInt(m.group(1)) - 1L)));
        // Parts of weeks and months, nights: before the rules that would read only one of their words.
        RelativeDayPhrases.PHRASES.forEach(phrase -> rule(phrase.regex(), phrase.reader()));
        // Relative to the previously stated date.
        rule(
                "\\b(?:a|one|the)\\s+day\\s+(?:prior|earlier|before)\\b(?!\\s+yesterday)|\\bthe\\s+previous\\s+day\\b",
                (m, p, prev) -> ResolvedDate.day(anchor(p, prev).minusDays(1)));
        rule(
                "\\b(?:a|one)\\s+day\\s+(?:after|later)\\b|\\bthe\\s+(?:next|following)\\s+day\\b",
                (m, p, prev) -> ResolvedDate.day(anchor(p, prev).plusDays(1)));
        rule(
                "\\b" + NUMBER + "\\s+days\\s+(?:prior|earlier|before)\\b",
                (m, p, prev) -> ResolvedDate.day(anchor(p, prev).minusDays(number(m.group(1)))));
        rule("\\bthat\\s+(?:same\\s+)?day\\b", (m, p, prev) -> ResolvedDate.day(anchor(p, prev)));
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
        // The optional word takes its own spaces, so a match begins at a word (same matches as "(…)?\\s*" + WEEKDAYS).
        rule(
                "\\b(?:(last|this|on|next)\\s*)?" + WEEKDAYS + "(?:\\s+(?:morning|afternoon|evening|night))?\\b",
                (m, p, prev) -> {
                    if (!Character.isUpperCase(m.group(2).charAt(0))) {
                        return null;
                    }
                    DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
                    boolean strictlyBefore = "last".equalsIgnoreCase(m.group(1));
                    LocalDate from = strictlyBefore ? p.minusDays(1) : p;
                    return ResolvedDate.day(from.with(TemporalAdjusters.previousOrSame(dow)));
                });
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
        rule("\\b" + NUMBER + "\\s+(day|week|month)s?\\s+ago\\b", (m, p, prev) -> {
            int n = number(m.group(1));
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
        // "in May last year", "May of last year": that month of the year before publication.
        rule(
                "\\b(?:in|during|since|by|until|throughout|early|late|mid-?|in\\s+early|in\\s+late|in\\s+mid-?)\\s*-?"
                        + MONTHS + "\\s+(?:of\\s+)?last\\s+year\\b",
                (m, p, prev) -> {
                    YearMonth ym = YearMonth.of(p.getYear() - 1, monthOf(m.group(1)));
                    return part(
                            new ResolvedDate(ym.atDay(1), ym.atEndOfMonth(), DatePrecision.MONTH, false), m.group());
                });
        rule(
                "\\bat\\s+the\\s+(start|beginning|end)\\s+of\\s+" + MONTHS + "(?:\\s+(\\d{4}))?\\b",
                (m, p, prev) -> part(month(m.group(2), m.group(3), p, false), m.group(1)));
        // A month on its own, after a preposition (so that the verb "may" never reads as May).
        rule(
                "\\b(?:in|during|since|by|until|throughout|last|early|late|mid|mid-|in\\s+early|in\\s+late|in\\s+mid-?)\\s*-?"
                        + MONTHS + "(?:\\s+(\\d{4}))?\\b",
                (m, p, prev) -> part(
                        month(
                                m.group(1),
                                m.group(2),
                                p,
                                m.group().toLowerCase(Locale.ROOT).startsWith("last")),
                        m.group()));
    }

    /** "KIEV, Nov 12 (Reuters) -": the date a wire report was filed, not when anything in its sentence happened. */
    private static final Pattern DATELINE_BEFORE =
            Pattern.compile("^\\s*[A-Z][A-Z'’.\\- ]{1,40}(?:\\s*\\([^)]{0,40}\\))?,\\s*$");

    private static final Pattern DATELINE_AFTER = Pattern.compile("^\\s*(?:\\([^)]{0,40}\\)\\s*)?[-–—]");

    private static boolean inDateline(String sentence, int start, int end) {
        return start <= 60
                && DATELINE_AFTER
                        .matcher(sentence)
                        .region(end, sentence.length())
                        .lookingAt()
                && DATELINE_BEFORE.matcher(sentence).region(0, start).matches();
    }

    /** Every date expression in {@code sentence}, in text order, resolved against {@code published}. */
    public List<DateMention> find(String sentence, LocalDate published, LocalDate previous) {
        return find(sentence, published, previous, true);
    }

    private List<DateMention> find(String sentence, LocalDate published, LocalDate previous, boolean anchor) {
        return find(WordStarts.of(sentence), published, previous, anchor);
    }

    /** As {@link #find(String, LocalDate, LocalDate)}, on a sentence whose word starts the caller already has. */
    List<DateMention> find(WordStarts words, LocalDate published, LocalDate previous) {
        return find(words, published, previous, true);
    }

    private List<DateMention> find(WordStarts words, LocalDate published, LocalDate previous, boolean anchor) {
        String sentence = words.text().toString();
        List<DateMention> found = new ArrayList<>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        boolean hasDigit = sentence.chars().anyMatch(Character::isDigit);
        for (Rule rule : RULES) {
            if (!guarded(rule, sentence, lower, hasDigit)) {
                continue;
            }
            WordStartPattern.Finder m = rule.pattern().finder(words);
            while (m.find()) {
                int start = m.start();
                int end = m.end();
                // Trim leading whitespace an optional group may have consumed.
                while (start < end && Character.isWhitespace(sentence.charAt(start))) {
                    start++;
                }
                if (start == end || overlaps(found, start, end) || inDateline(sentence, start, end)) {
                    continue;
                }
                ResolvedDate date;
                try {
                    date = rule.reader().read(m.match(), published, previous);
                } catch (RuntimeException invalid) {
                    date = null; // e.g. "31 June": not a date, so not a mention
                }
                if (date != null) {
                    found.add(new DateMention(sentence.substring(start, end), start, end, date));
                }
            }
        }
        found.sort(Comparator.comparingInt(DateMention::start));
        return anchor ? anchorWithinSentence(found, sentence, published) : found;
    }

    private static final Pattern RELATIVE_TO_PREVIOUS =
            Pattern.compile("(?i)\\b(?:prior|earlier|before|after|later|next|following|previous|that)\\b");

    /** "said yesterday that 214 left that day": a relative expression counts from the date stated before it. */
    private List<DateMention> anchorWithinSentence(List<DateMention> found, String sentence, LocalDate published) {
        for (int i = 1; i < found.size(); i++) {
            DateMention m = found.get(i);
            if (RELATIVE_TO_PREVIOUS.matcher(m.text()).find()
                    && m.text().toLowerCase(Locale.ROOT).contains("day")) {
                List<DateMention> again =
                        find(m.text(), published, found.get(i - 1).date().start(), false);
                if (!again.isEmpty()) {
                    DateMention r = again.get(0);
                    found.set(i, new DateMention(m.text(), m.start(), m.end(), r.date()));
                }
            }
        }
        return found;
    }

    /** The first date expression of the sentence, or the publication day marked as a default. */
    public ResolvedDate resolve(String sentence, LocalDate published) {
        List<DateMention> found = find(sentence, published, null);
        return found.isEmpty()
                ? ResolvedDate.defaultDay(published)
                : found.get(0).date();
    }

    /** Parses a written date on its own ("2022-06-19", "19-06-2022", "3 May 2022", "May 3, 2022"). */
    public Optional<LocalDate> parseAbsolute(String text) {
        for (DateMention mention : find(text, LocalDate.of(9999, 12, 31), null)) {
            if (mention.date().precision() == DatePrecision.DAY
                    && mention.text().matches(".*\\d{4}.*")) {
                return Optional.of(mention.date().start());
            }
        }
        return Optional.empty();
    }

    private static boolean overlaps(List<DateMention> found, int start, int end) {
        for (DateMention d : found) {
            if (start < d.end() && d.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate anchor(LocalDate published, LocalDate previous) {
        return previous != null ? previous : published;
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

    private static int number(String token) {
        Integer word = NUMBER_WORDS.get(token.toLowerCase(Locale.ROOT));
        return word != null ? word : Integer.parseInt(token);
    }
}
