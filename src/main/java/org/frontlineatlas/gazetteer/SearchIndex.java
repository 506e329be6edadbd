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

    static SearchIndex build(Gazetteer g) {
        List<String> keys = new ArrayList<>();
        List<Integer> entries = new ArrayList<>();
        g.index.forEachName((key, entry) -> {
            keys.add(key);
            entries.add(entry >>> 2);
        });
        Integer[] order = new Integer[keys.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> keys.get(a).compareTo(keys.get(b)));
        String[] k = new String[order.length];
        int[] p = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            k[i] = keys.get(order[i]);
            p[i] = entries.get(order[i]);
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
