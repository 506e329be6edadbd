package org.frontlineatlas.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.frontlineatlas.events.DatePrecision;

/**
 * Finds date expressions in a sentence and resolves them against the publication date. Pure and
 * thread-safe. The reading rules live by kind: {@link CalendarDates} (written days and months, war-day
 * counts), {@link RelativeDayPhrases} (parts of weeks and months, nights), {@link RelativeDays} (days
 * relative to publication or to the date stated before, weekdays) and {@link DateWindows} (weeks and
 * months before publication). Here: the order they are tried in, datelines, and relative phrases
 * anchored to a date stated earlier in the same sentence.
 */
public final class DateResolver {

    /** Start of the full-scale invasion, the origin of "day N of the war". */
    public static final LocalDate INVASION_START = LocalDate.of(2022, 2, 24);

    /** The rules in the order they are tried: a match overlapping an earlier one is dropped. */
    private static final List<DateRule> RULES = Stream.of(
                    CalendarDates.days(),
                    NamedDays.rules(),
                    RelativeDayPhrases
                            .rules(), // parts of weeks and months, nights: before rules reading one of their words
                    RelativeDays.rules(),
                    DateWindows.rules(),
                    CalendarDates.months())
            .flatMap(List::stream)
            .toList();

    /** "KIEV, Nov 12 (Reuters) -": the date a wire report was filed, not when anything in its sentence happened. */
    private static final Pattern DATELINE_BEFORE = Pattern.compile(
            "^\\s*[A-Z][A-Z'’.\\-/ ]{1,40}(?:,\\s*[A-Z][A-Za-z'’.\\- ]{1,30})?(?:\\s*\\([^)]{0,40}\\))?,\\s*$");

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
        boolean hasDigit = hasDigit(sentence);
        for (DateRule rule : RULES) {
            if (!rule.guarded(sentence, lower, hasDigit)) {
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
        found.removeIf(d -> comparedSince(sentence, d));
        refineByApposition(found, sentence);
        return anchor ? anchorWithinSentence(found, sentence, published) : found;
    }

    /** A plain loop: a stream per sentence cost more than the test itself. */
    private static boolean hasDigit(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (Character.isDigit(sentence.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern RELATIVE_TO_PREVIOUS =
            Pattern.compile("(?i)\\b(?:prior|earlier|before|after|later|next|following|previous|that)\\b");

    private static final Pattern COUNTED = Pattern.compile("(?i)\\b(?:days?|weeks?|same)\\b");

    /**
     * "the first missile alert since early March", "the heaviest attack since May": the date is of the
     * last such event, compared with, not of the one reported.
     */
    private static final WordStartPattern SINCE_COMPARISON = WordStartPattern.compile(
            "(?i)\\b(?:first|only|biggest|largest|heaviest|worst|deadliest|strongest|fiercest|longest|greatest|most\\s+\\w+)"
                    + "\\b[^.;]{0,80}?\\bsince\\s*$");

    private static boolean comparedSince(String sentence, DateMention d) {
        String text = d.text().toLowerCase(Locale.ROOT);
        int end = text.startsWith("since") ? d.start() + "since".length() : d.start(); // "since" in or before it
        // The region cut out (a region's default bounds see nothing outside it), tried at word starts only.
        return SINCE_COMPARISON.foundIn(sentence.substring(Math.max(0, d.start() - 100), end));
    }

    /** "last week, on September 13": a window followed at once by a day inside it is that day. */
    private static final Pattern APPOSITION = Pattern.compile("^\\s*,?\\s*(?:on\\s+)?$");

    private static void refineByApposition(List<DateMention> found, String sentence) {
        for (int i = found.size() - 2; i >= 0; i--) {
            DateMention window = found.get(i);
            DateMention day = found.get(i + 1);
            if (window.date().precision() != DatePrecision.DAY
                    && day.date().precision() == DatePrecision.DAY
                    && window.date().contains(day.date().start())
                    && APPOSITION
                            .matcher(sentence.substring(window.end(), day.start()))
                            .matches()) {
                found.remove(i);
            }
        }
    }

    /** "said yesterday that 214 left that day": a relative expression counts from the date stated before it. */
    private List<DateMention> anchorWithinSentence(List<DateMention> found, String sentence, LocalDate published) {
        for (int i = 1; i < found.size(); i++) {
            DateMention m = found.get(i);
            if (RELATIVE_TO_PREVIOUS.matcher(m.text()).find()
                    && COUNTED.matcher(m.text()).find()) {
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
}
