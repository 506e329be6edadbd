package org.frontlineatlas.gazetteer;

import java.util.Arrays;

/**
 * Folded token text to a dense int id, by open addressing over the chars themselves, so that the
 * tagger looks up a token straight from its reusable char buffer without making a String.
 */
final class TokenDictionary {

    private char[][] keys;
    private int[] hashes;
    private int[] ids;
    private int size;
    private String[] byId = new String[1024];

    TokenDictionary(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new char[cap][];
        hashes = new int[cap];
        ids = new int[cap];
    }

    int size() {
        return size;
    }

    String token(int id) {
        return byId[id];
    }

    /** Id of the token, or -1. */
    int find(char[] buf, int len) {
        return find(buf, len, rawHash(buf, len));
    }

    /**
     * Id of the token whose {@link #rawHash} the caller computed while reading it, or -1. Stored
     * hashes are compared first, so a probe past another token costs no char comparison.
     */
    int find(char[] buf, int len, int rawHash) {
        int h = spread(rawHash);
        int mask = keys.length - 1;
        int slot = h & mask;
        while (true) {
            char[] k = keys[slot];
            if (k == null) {
                return -1;
            }
            if (hashes[slot] == h && k.length == len && Arrays.equals(k, 0, len, buf, 0, len)) {
                return ids[slot];
            }
            slot = (slot + 1) & mask;
        }
    }

    int find(String token) {
        char[] c = token.toCharArray();
        return find(c, c.length);
    }

    int add(String token) {
        char[] c = token.toCharArray();
        int found = find(c, c.length);
        if (found >= 0) {
            return found;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        insert(c, size);
        if (size == byId.length) {
            byId = Arrays.copyOf(byId, size * 2);
        }
        byId[size] = token;
        return size++;
    }

    private void insert(char[] c, int id) {
        int h = spread(rawHash(c, c.length));
        int mask = keys.length - 1;
        int slot = h & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = c;
        hashes[slot] = h;
        ids[slot] = id;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldIds = ids;
        keys = new char[oldKeys.length * 2][];
        hashes = new int[oldKeys.length * 2];
        ids = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldIds[i]);
            }
        }
    }

    /** Polynomial hash, {@code h = 31 * h + c} per char, so a scanner can compute it as it goes. */
    static int rawHash(char[] buf, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + buf[i];
        }
        return h;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16) * 0x45d9f3b;
    }
}
