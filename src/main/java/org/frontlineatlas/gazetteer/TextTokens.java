package org.frontlineatlas.gazetteer;

import java.util.Arrays;

/**
 * One pass over a text: word tokens with their char offsets, their id in the name dictionary
 * (-1 if no name uses them), and the flags the matcher needs. Folding happens char by char into
 * one reusable buffer; no String is made per token.
 */
final class TextTokens {

    static final int CAPITALISED = 1;
    static final int ALL_CAPS = 2;
    static final int SENTENCE_START = 4;
    /** Followed by 's or ’s: the match may end here but not go on. */
    static final int POSSESSIVE = 8;
    /** Punctuation (not just space or hyphen) separates it from the token before. */
    static final int BREAK_BEFORE = 16;
    /** Its id comes from correcting a one-letter typo. */
    static final int TYPO = 32;

    private static final int MAX_TOKEN = 48;

    int count;
    int[] start;
    int[] end;
    int[] id;
    int[] flags;

    private TextTokens(int capacity) {
        start = new int[capacity];
        end = new int[capacity];
        id = new int[capacity];
        flags = new int[capacity];
    }

    static TextTokens scan(String text, TokenDictionary dict, TypoIndex typos) {
        TextTokens t = new TextTokens(Math.max(16, text.length() / 5));
        char[] buf = new char[MAX_TOKEN];
        int n = text.length();
        boolean sentence = true;
        boolean broken = true;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (NameNormalizer.fold(c) == 0) {
                if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';') {
                    sentence = true;
                    broken = true;
                } else if (!(c == ' ' || c == '-' || c == '\u2011' || c == '\u00A0' || c == '\t' || c == '\r')) {
                    broken = true;
                }
                i++;
                continue;
            }
            int s = i;
            int len = 0;
            int hash = 0;
            boolean cap = Character.isUpperCase(c) || Character.isTitleCase(c);
            boolean allCaps = true;
            boolean possessive = false;
            int e = -1;
            while (i < n) {
                c = text.charAt(i);
                char f = NameNormalizer.fold(c);
                if (f != 0) {
                    if (len < MAX_TOKEN) {
                        buf[len] = f;
                    }
                    len++;
                    hash = 31 * hash + f;
                    if (allCaps && !Character.isUpperCase(c) && !Character.isDigit(c)) {
                        allCaps = false;
                    }
                    i++;
                    continue;
                }
                if (c == '\u00AD' && i + 1 < n && NameNormalizer.fold(text.charAt(i + 1)) != 0) {
                    i++; // a soft hyphen from a web page: Khar\u00ADkiv is Kharkiv
                    continue;
                }
                if (NameNormalizer.isApostrophe(c) && i + 1 < n && NameNormalizer.fold(text.charAt(i + 1)) != 0) {
                    int clitic = englishClitic(text, i + 1);
                    if (clitic > 0) {
                        char s1 = text.charAt(i + 1);
                        possessive = s1 == 's' || s1 == 'S';
                        e = i;
                        i += 1 + clitic;
                        break;
                    }
                    i++; // Donets'k, Mar’inka: the apostrophe is part of the word
                    continue;
                }
                break;
            }
            if (e < 0) {
                e = i;
            }
            int id = len <= MAX_TOKEN ? dict.find(buf, len, hash) : -1;
            int fl = (cap ? CAPITALISED : 0)
                    | (allCaps && len > 1 ? ALL_CAPS : 0)
                    | (sentence ? SENTENCE_START : 0)
                    | (possessive ? POSSESSIVE : 0)
                    | (broken ? BREAK_BEFORE : 0);
            if (id < 0 && cap && !allCaps && !sentence && len <= MAX_TOKEN && len >= TypoIndex.MIN_LENGTH) {
                id = typos.correct(buf, len);
                if (id >= 0) {
                    fl |= TYPO;
                }
            }
            t.add(s, e, id, fl);
            sentence = false;
            broken = possessive;
        }
        return t;
    }

    /** Length of an English clitic ('s, 've, 'll, 're, 'd, 'm, 't) starting at {@code from}, or 0. */
    private static int englishClitic(String text, int from) {
        int n = text.length();
        int len = 0;
        while (from + len < n && len < 3 && NameNormalizer.fold(text.charAt(from + len)) != 0) {
            len++;
        }
        if (from + len < n && NameNormalizer.fold(text.charAt(from + len)) != 0) {
            return 0;
        }
        char a = Character.toLowerCase(text.charAt(from));
        char b = len > 1 ? Character.toLowerCase(text.charAt(from + 1)) : 0;
        boolean clitic = len == 1
                ? a == 's' || a == 'd' || a == 'm' || a == 't'
                : len == 2 && ((a == 'v' && b == 'e') || (a == 'l' && b == 'l') || (a == 'r' && b == 'e'));
        return clitic ? len : 0;
    }

    private void add(int s, int e, int tokenId, int fl) {
        if (count == start.length) {
            int cap = count * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            id = Arrays.copyOf(id, cap);
            flags = Arrays.copyOf(flags, cap);
        }
        start[count] = s;
        end[count] = e;
        id[count] = tokenId;
        flags[count] = fl;
        count++;
    }

    boolean has(int token, int flag) {
        return (flags[token] & flag) != 0;
    }
}
