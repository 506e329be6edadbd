package org.frontlineatlas.extraction;

/**
 * The positions in a text where a word begins (an ASCII letter or digit not preceded by one), each
 * with a key for its first two characters. Built once per sentence and shared by every
 * {@link WordStartPattern} run on it, so that the patterns try only these few positions.
 */
final class WordStarts {

    /** Keys: first character as 0..61 ({@link #alnum}), times 63, plus the second (62: anything else). */
    static final int OTHER = 62;

    static final int KEYS = 62 * 63;

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
                int second = i + 1 < n ? alnum(text.charAt(i + 1)) : -1;
                starts[count] = i;
                keys[count] = first * 63 + (second >= 0 ? second : OTHER);
                count++;
            }
            previousIsWord = first >= 0 || c == '_';
        }
        return new WordStarts(text, starts, keys, count);
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
