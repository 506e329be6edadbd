package org.frontlineatlas.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression whose matches always begin at the start of a word ({@code \b} then a letter
 * or digit), run only where a match can begin. {@code Matcher.find()} tries the whole alternation at
 * every character; this tries it only at word starts whose first three characters can begin a match,
 * typically two or three positions in a sentence instead of a hundred and fifty. The matches are
 * exactly those of {@code find()}: which three-character openings (a space counted as a character,
 * anything else but a letter or digit letting the pattern decide) can begin a match is asked of the
 * pattern itself when it is compiled, and patterns that could begin elsewhere are refused.
 */
final class WordStartPattern {

    /** The 26 bits of the lower-case letters, shifted down to bit 0. */
    private static final long LOWER_BITS = (1L << 26) - 1;

    private final Pattern pattern;
    /**
     * Indexed by {@link WordStarts} keys: can a match begin with these three characters? Bit c of
     * entry {@code a * 64 + b}, for first character a, then b and c as {@link WordStarts} classes.
     */
    private final long[] canBegin = new long[WordStarts.KEYS];

    private WordStartPattern(Pattern pattern) {
        this.pattern = pattern;
        Probe probe = new Probe(pattern);
        // A programming error, not an input error: checked where assertions are on (the tests), not at every start-up.
        assert beginsOnlyAtWordStarts(probe) : "a match of " + pattern + " could begin elsewhere than at a word start";
        // A pattern blind to case answers alike for "Th" and "th": ask it about digits and lower case only.
        boolean caseless = caseless(pattern);
        for (int a = 0; a < 62; a++) {
            String first = String.valueOf(character(a));
            if (caseless && upper(a) || !couldBegin(probe, first)) {
                continue;
            }
            // A one-letter word before a sign, or the end of the text: let the pattern decide.
            canBegin[a * 64 + WordStarts.OTHER] = -1L;
            for (int b = 0; b < WordStarts.OTHER; b++) {
                String two = first + character(b);
                if (caseless && upper(b) || !couldBegin(probe, two)) {
                    continue;
                }
                long bits = 1L << WordStarts.OTHER; // a sign or the end third: let the pattern decide
                for (int c = 0; c < WordStarts.OTHER; c++) {
                    if (!(caseless && upper(c)) && couldBegin(probe, two + character(c))) {
                        bits |= 1L << c;
                    }
                }
                canBegin[a * 64 + b] = caseless ? bits | (bits >>> 36 & LOWER_BITS) << 10 : bits;
            }
        }
        if (caseless) {
            for (int a = 0; a < 62; a++) {
                for (int b = 0; b < 64; b++) {
                    if (upper(a) || upper(b)) {
                        canBegin[a * 64 + b] = canBegin[lower(a) * 64 + lower(b)];
                    }
                }
            }
        }
    }

    /** Compiled case-insensitive, with no inline flag that could turn it off for a part. */
    private static boolean caseless(Pattern pattern) {
        boolean flagged = (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0
                || pattern.pattern().startsWith("(?i)");
        return flagged
                && !pattern.pattern().contains("-i")
                && !pattern.pattern().contains("(?-");
    }

    private static boolean upper(int alnum) {
        return alnum >= 10 && alnum < 36;
    }

    private static int lower(int alnum) {
        return upper(alnum) ? alnum + 26 : alnum;
    }

    static WordStartPattern compile(String regex) {
        return new WordStartPattern(Pattern.compile(regex));
    }

    static WordStartPattern compile(String regex, int flags) {
        return new WordStartPattern(Pattern.compile(regex, flags));
    }

    Pattern pattern() {
        return pattern;
    }

    /** A matcher over the text of {@code words}; call {@link Finder#find()} like {@code Matcher.find()}. */
    Finder finder(WordStarts words) {
        return new Finder(words);
    }

    /** Whether the pattern matches anywhere in the text ({@code Matcher.find()} once). */
    boolean foundIn(WordStarts words) {
        return finder(words).find();
    }

    boolean foundIn(CharSequence text) {
        return foundIn(WordStarts.of(text));
    }

    /** Whether a match could begin at word start {@code index}, judged by its first three characters. */
    boolean canBeginAt(WordStarts words, int index) {
        int key = words.key(index);
        return (canBegin[key >>> 6] & 1L << (key & 63)) != 0;
    }

    /** Successive matches in text order, as {@code while (matcher.find())} would give them. */
    final class Finder {
        private final WordStarts words;
        private Matcher matcher; // made on the first position worth trying: most sentences have none
        private int next;
        private int from;

        private Finder(WordStarts words) {
            this.words = words;
        }

        boolean find() {
            int length = words.text().length();
            while (next < words.count()) {
                int index = next++;
                int start = words.start(index);
                if (start < from || !canBeginAt(words, index)) {
                    continue;
                }
                if (matcher == null) {
                    // Transparent bounds: \b and lookbehinds see the text before the word, as find() does.
                    matcher = pattern.matcher(words.text())
                            .useTransparentBounds(true)
                            .useAnchoringBounds(false);
                }
                matcher.region(start, length);
                if (matcher.lookingAt()) {
                    from = matcher.end() > start ? matcher.end() : start + 1;
                    return true;
                }
            }
            return false;
        }

        /** The current match (groups included), valid after {@link #find()} returned true. */
        Matcher match() {
            return matcher;
        }

        int start() {
            return matcher.start();
        }

        int end() {
            return matcher.end();
        }

        String group() {
            return matcher.group();
        }
    }

    /** The character of a {@link WordStarts} class below {@code OTHER}. */
    private static char character(int alnum) {
        if (alnum == WordStarts.SPACE) {
            return ' ';
        }
        return (char) (alnum < 10 ? '0' + alnum : alnum < 36 ? 'A' + alnum - 10 : 'a' + alnum - 36);
    }

    /** Could a match begin with {@code opening} after a space: it matches, or it needs more text. */
    private static boolean couldBegin(Probe probe, String opening) {
        return probe.tryAt(" " + opening, 1);
    }

    /**
     * False for a pattern that could match at a position other than a word start: after a letter or
     * digit, or beginning with a character that is not an ASCII letter or digit (checked for Latin-1
     * and the dashes, quotes and ellipsis of general punctuation, which is what news text contains).
     */
    private static boolean beginsOnlyAtWordStarts(Probe probe) {
        for (String before : new String[] {"", " ", "a"}) { // start of text, after a non-word, after a word character
            for (char c = 0; c <= 0x2027; c = c == 0xff ? 0x2010 : (char) (c + 1)) {
                boolean wordStart = WordStarts.alnum(c) >= 0 && !before.equals("a");
                if (!wordStart && probe.tryAt(before + c, before.length())) {
                    return false;
                }
            }
        }
        return true;
    }

    /** One matcher reused for all the questions asked of a pattern at start-up. */
    private static final class Probe {
        private final Matcher matcher;

        Probe(Pattern pattern) {
            this.matcher = pattern.matcher("").useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** Matches at {@code from}, or would with more text after it. */
        boolean tryAt(String text, int from) {
            matcher.reset(text);
            matcher.region(from, text.length());
            return matcher.lookingAt() || matcher.hitEnd();
        }
    }
}
