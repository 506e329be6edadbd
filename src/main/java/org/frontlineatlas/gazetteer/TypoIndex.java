package org.frontlineatlas.gazetteer;

/**
 * Finds the one long single-word name within one edit (insertion, deletion, substitution or
 * swap of neighbours) of an unknown word, by the symmetric-delete method: every name and every
 * one-char deletion of it is stored as a 64-bit hash, so a lookup costs a word's length in probes
 * and no string is stored. A hash shared by two names is marked ambiguous and never corrects.
 */
final class TypoIndex {

    static final int MIN_LENGTH = 7;
    private static final int AMBIGUOUS = -2;

    private final LongIntMap variants;
    /** For the hashes shared by several names: all of them, to check each against the word. */
    private final java.util.Map<Long, int[]> shared = new java.util.HashMap<>();

    private final TokenDictionary tokens;

    /** Indexes the one-word names with an index entry that {@code eligible} accepts. */
    TypoIndex(NameIndex index, java.util.function.IntPredicate eligible) {
        this.tokens = index.tokens;
        this.variants = new LongIntMap(1 << 12);
        index.forEachSingleTokenName(id -> {
            if (!index.anyEntry(id, eligible)) {
                return;
            }
            String t = tokens.token(id);
            if (t.length() < MIN_LENGTH) {
                return;
            }
            char[] c = t.toCharArray();
            add(hash(c, c.length, -1), id);
            for (int skip = 0; skip < c.length; skip++) {
                add(hash(c, c.length, skip), id);
            }
        });
    }

    int size() {
        return variants.size();
    }

    private void add(long h, int id) {
        int old = variants.get(h, -1);
        if (old == -1) {
            variants.put(h, id);
        } else if (old == AMBIGUOUS) {
            int[] ids = shared.get(h);
            for (int i : ids) {
                if (i == id) {
                    return;
                }
            }
            int[] more = java.util.Arrays.copyOf(ids, ids.length + 1);
            more[ids.length] = id;
            shared.put(h, more);
        } else if (old != id) {
            variants.put(h, AMBIGUOUS);
            shared.put(h, new int[] {old, id});
        }
    }

    /** The token id the folded word {@code buf[0..len)} is a one-edit typo of, or -1. */
    int correct(char[] buf, int len) {
        if (len < MIN_LENGTH) {
            return -1;
        }
        int found = -1;
        for (int skip = -1; skip < len; skip++) {
            long h = hash(buf, len, skip);
            int id = variants.get(h, -1);
            if (id == -1) {
                continue;
            }
            int[] candidates = id == AMBIGUOUS ? shared.get(h) : new int[] {id};
            for (int c : candidates) {
                if (c == found || !withinOneEdit(buf, len, tokens.token(c))) {
                    continue;
                }
                if (found >= 0) {
                    return -1; // two names are one edit away: no guess
                }
                found = c;
            }
        }
        return found;
    }

    static boolean withinOneEdit(char[] a, int n, String b) {
        int m = b.length();
        if (Math.abs(n - m) > 1) {
            return false;
        }
        int i = 0;
        while (i < n && i < m && a[i] == b.charAt(i)) {
            i++;
        }
        if (n == m) {
            if (i == n) {
                return true;
            }
            // substitution, or a swap of neighbours
            if (regionEquals(a, i + 1, n, b, i + 1)) {
                return true;
            }
            return i + 1 < n
                    && a[i] == b.charAt(i + 1)
                    && a[i + 1] == b.charAt(i)
                    && regionEquals(a, i + 2, n, b, i + 2);
        }
        return n > m ? regionEquals(a, i + 1, n, b, i) : regionEquals(a, i, n, b, i + 1);
    }

    private static boolean regionEquals(char[] a, int from, int n, String b, int bFrom) {
        if (n - from != b.length() - bFrom) {
            return false;
        }
        for (int k = 0; k < n - from; k++) {
            if (a[from + k] != b.charAt(bFrom + k)) {
                return false;
            }
        }
        return true;
    }

    private static long hash(char[] c, int len, int skip) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < len; i++) {
            if (i != skip) {
                h = (h ^ c[i]) * 0x100000001b3L;
            }
        }
        return h ^ (len - (skip >= 0 ? 1 : 0));
    }
}
