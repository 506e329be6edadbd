package org.frontlineatlas.gazetteer;

import java.util.Arrays;

/**
 * Folded token text to a dense int id, by open addressing over the chars themselves, so that the
 * tagger looks up a token straight from its reusable char buffer without making a String.
 */
final class TokenDictionary {

    private char[][] keys;
    private int[] ids;
    private int size;
    private String[] byId = new String[1024];

    TokenDictionary(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new char[cap][];
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
        int mask = keys.length - 1;
        int slot = hash(buf, len) & mask;
        while (true) {
            char[] k = keys[slot];
            if (k == null) {
                return -1;
            }
            if (k.length == len && Arrays.equals(k, 0, len, buf, 0, len)) {
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
        int mask = keys.length - 1;
        int slot = hash(c, c.length) & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = c;
        ids[slot] = id;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldIds = ids;
        keys = new char[oldKeys.length * 2][];
        ids = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                insert(oldKeys[i], oldIds[i]);
            }
        }
    }

    static int hash(char[] buf, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + buf[i];
        }
        return h ^ (h >>> 16) * 0x45d9f3b;
    }
}
