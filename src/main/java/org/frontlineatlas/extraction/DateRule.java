package org.frontlineatlas.extraction;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One reading rule of {@link DateResolver}: a pattern, how to turn its match into a date (null when it
 * is not a date after all), and the words one of which a sentence must contain for the rule to be
 * tried (a cheap pre-check, so that most rules never run their pattern on a sentence).
 */
record DateRule(
        WordStartPattern pattern,
        DateRule.Reader reader,
        String[] guards,
        boolean caseSensitiveGuards,
        boolean needsDigit) {

    @FunctionalInterface
    interface Reader {
        ResolvedDate read(Matcher m, LocalDate published, LocalDate previous);
    }

    static final String MONTHS =
            "(January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    static final String WEEKDAYS = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    static final String NUMBER = "(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)";

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

    /** Words one of which a sentence must contain for the rule to be tried (a cheap pre-check). */
    private static final String[] MONTH_GUARDS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };
    /** Frequent words never needed as guards: every alternative of the rules also has a rarer word. */
    private static final Set<String> GUARD_STOPWORDS = Set.of(
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

    static DateRule of(String regex, Reader reader) {
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
            guards = Arrays.stream(regex.replaceAll("\\\\[a-z]", " ").split("[^a-z]+"))
                    .filter(w -> w.length() >= 3 && !GUARD_STOPWORDS.contains(w))
                    .distinct()
                    .toArray(String[]::new);
        }
        boolean needsDigit =
                (regex.startsWith("\\b(\\d") || regex.contains(")?(\\d{1,2})") || regex.contains("\\s+(\\d{1,2})"))
                        && !regex.contains("|one|");
        return new DateRule(
                WordStartPattern.compile(regex, Pattern.CASE_INSENSITIVE), reader, guards, caseSensitive, needsDigit);
    }

    boolean guarded(String sentence, String lower, boolean hasDigit) {
        if (needsDigit && !hasDigit) {
            return false;
        }
        String haystack = caseSensitiveGuards ? sentence : lower;
        for (String g : guards) {
            if (haystack.contains(g)) {
                return true;
            }
        }
        return false;
    }

    static int number(String token) {
        Integer word = NUMBER_WORDS.get(token.toLowerCase(java.util.Locale.ROOT));
        return word != null ? word : Integer.parseInt(token);
    }
}
