package org.frontlineatlas.gazetteer;

import java.util.Arrays;

/** Open-addressing long to int map with no boxing; the trie's transition table. */
final class LongIntMap {

    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] values;
    private int size;

    LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1;
        keys = new long[cap];
        Arrays.fill(keys, EMPTY);
        values = new int[cap];
    }

    int size() {
        return size;
    }

    int get(long key, int missing) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == EMPTY) {
                return missing;
            }
            slot = (slot + 1) & mask;
        }
    }

    void put(long key, int value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        if (putNoGrow(key, value)) {
            size++;
        }
    }

    private boolean putNoGrow(long key, int value) {
        int mask = keys.length - 1;
        int slot = mix(key) & mask;
        while (true) {
            long k = keys[slot];
            if (k == key) {
                values[slot] = value;
                return false;
            }
            if (k == EMPTY) {
                keys[slot] = key;
                values[slot] = value;
                return true;
            }
            slot = (slot + 1) & mask;
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        values = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                putNoGrow(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** Visits every entry. */
    void forEach(Entry visitor) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                visitor.accept(keys[i], values[i]);
            }
        }
    }

    interface Entry {
        void accept(long key, int value);
    }
}
