package org.frontlineatlas.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Sorted name keys for prefix search (autocomplete); built on first search. */
final class SearchIndex {

    private final String[] keys;
    private final int[] places;

    private SearchIndex(String[] keys, int[] places) {
        this.keys = keys;
        this.places = places;
    }

    private record Entry(String key, int place) {}

    static SearchIndex build(Gazetteer g) {
        List<Entry> entries = new ArrayList<>(g.index.nodeCount());
        g.index.forEachName((key, entry) -> entries.add(new Entry(key, entry >>> 2)));
        Entry[] sorted = entries.toArray(new Entry[0]);
        Arrays.sort(sorted, (a, b) -> a.key().compareTo(b.key()));
        String[] k = new String[sorted.length];
        int[] p = new int[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            k[i] = sorted[i].key();
            p[i] = sorted[i].place();
        }
        return new SearchIndex(k, p);
    }

    /**
     * Places with a name starting with {@code prefix}, at most {@code max}; each hit is
     * {@code placeIndex | exact << 30} where exact is 1 when the whole name equals the prefix.
     */
    int[] prefixMatches(String prefix, int max) {
        int lo = Arrays.binarySearch(keys, prefix);
        if (lo < 0) {
            lo = -lo - 1;
        }
        int[] out = new int[Math.min(max, keys.length - lo)];
        int n = 0;
        for (int i = lo; i < keys.length && n < out.length && keys[i].startsWith(prefix); i++) {
            out[n++] = places[i] | (keys[i].length() == prefix.length() ? 1 << 30 : 0);
        }
        return Arrays.copyOf(out, n);
    }
}
