package org.frontlineatlas.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds names and running text to the same comparable tokens: lower case, Latin diacritics removed,
 * apostrophes inside a word dropped (Donets'k = Donetsk), hyphens and spaces as token breaks. The
 * tagger folds text char by char through {@link #fold(char)} so that it allocates nothing per char.
 */
public final class NameNormalizer {

    /** Folded form of each BMP char below this bound; 0 means "not a word char". */
    private static final int TABLE_SIZE = 0x0530;

    private static final char[] FOLD = new char[TABLE_SIZE];

    static {
        for (int c = 0; c < TABLE_SIZE; c++) {
            FOLD[c] = computeFold((char) c);
        }
    }

    private NameNormalizer() {}

    private static char computeFold(char c) {
        // ʼ and ʹ are "letters" to Unicode but mark a soft sign or apostrophe in transliterations.
        if (!Character.isLetterOrDigit(c) || isApostrophe(c)) {
            return 0;
        }
        char lower = Character.toLowerCase(c);
        if (lower < 0x80 || Character.UnicodeBlock.CYRILLIC.equals(Character.UnicodeBlock.of(lower))) {
            // ё and й stay distinct letters in Cyrillic; the gazetteer carries both spellings.
            return lower == 'ё' ? 'е' : lower;
        }
        String stripped =
                Normalizer.normalize(String.valueOf(lower), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        if (stripped.length() == 1) {
            return stripped.charAt(0);
        }
        return switch (lower) {
            case 'ł' -> 'l';
            case 'ø' -> 'o';
            case 'đ' -> 'd';
            case 'ß' -> 's';
            case 'æ' -> 'a';
            case 'ı' -> 'i';
            default -> lower;
        };
    }

    /** The folded form of a word char, or 0 if {@code c} does not belong to a word. */
    public static char fold(char c) {
        if (c < TABLE_SIZE) {
            return FOLD[c];
        }
        return Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }

    /** Apostrophe-like marks that may sit inside a transliterated name (soft sign, possessive). */
    public static boolean isApostrophe(char c) {
        return c == '\''
                || c == '\u2019'
                || c == '\u02BC'
                || c == '\u2018'
                || c == '`'
                || c == '\u00B4'
                || c == '\u02B9'
                || c == '\u02BA';
    }

    /** Splits a name into folded tokens, with the same rules the tagger applies to text. */
    public static List<String> tokens(String name) {
        List<String> out = new ArrayList<>(4);
        StringBuilder sb = new StringBuilder();
        int n = name.length();
        for (int i = 0; i < n; i++) {
            char c = name.charAt(i);
            char f = fold(c);
            if (f != 0) {
                sb.append(f);
            } else if (sb.length() > 0 && !(isApostrophe(c) && i + 1 < n && fold(name.charAt(i + 1)) != 0)) {
                // Anything else ends the word, except an apostrophe inside one (Donets'k, Mar'inka): skipped.
                out.add(sb.toString());
                sb.setLength(0);
            }
        }
        if (sb.length() > 0) {
            out.add(sb.toString());
        }
        return out;
    }

    /** Folded tokens joined by single spaces: the comparison key of a name. */
    public static String key(String name) {
        return String.join(" ", tokens(name));
    }
}
