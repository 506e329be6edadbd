package org.frontlineatlas.extraction;

/**
 * The positions in a text where a word begins (an ASCII letter or digit not preceded by one), each
 * with a key for its first three characters. Built once per sentence and shared by every
 * {@link WordStartPattern} run on it, so that the patterns try only these few positions.
 */
final class WordStarts {

    /** Class of a character after the first: 0..61 as {@link #alnum}, then a space, then anything else. */
    static final int SPACE = 62;

    static final int OTHER = 63;

    /**
     * Keys: (first character 0..61 times 64 plus the class of the second) times 64 plus the class of
     * the third. {@code key >>> 6} indexes a table of {@code long}s whose bit {@code key & 63} answers.
     */
    static final int KEYS = 62 * 64;

    private final CharSequence text;
    private final int[] starts;
    private final int[] keys;
    private final int count;

    private WordStarts(CharSequence text, int[] starts, int[] keys, int count) {
        this.text = text;
        this.starts = starts;
        this.keys = keys;
        this.count = count;
    }

    static WordStarts of(CharSequence text) {
        int n = text.length();
        int[] starts = new int[n / 2 + 1];
        int[] keys = new int[starts.length];
        int count = 0;
        boolean previousIsWord = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            int first = alnum(c);
            if (first >= 0 && !previousIsWord) {
                starts[count] = i;
                keys[count] = ((first << 6) | classAt(text, i + 1)) << 6 | classAt(text, i + 2);
                count++;
            }
            previousIsWord = first >= 0 || c == '_';
        }
        return new WordStarts(text, starts, keys, count);
    }

    private static int classAt(CharSequence text, int i) {
        if (i >= text.length()) {
            return OTHER;
        }
        char c = text.charAt(i);
        int a = alnum(c);
        return a >= 0 ? a : c == ' ' ? SPACE : OTHER;
    }

    /** 0-9 for digits, 10-35 for A-Z, 36-61 for a-z, -1 for anything else. */
    static int alnum(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'z') {
            return c - 'a' + 36;
        }
        return -1;
    }

    CharSequence text() {
        return text;
    }

    int count() {
        return count;
    }

    int start(int index) {
        return starts[index];
    }

    int key(int index) {
        return keys[index];
    }
}
