package org.frontlineatlas.gazetteer;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A trie over folded name tokens: every name of every place is a path from the root, the node at
 * its end lists the places so named. The tagger walks it once per text position, so recognition
 * costs the same whether the gazetteer holds a thousand names or a million.
 *
 * <p>A terminal entry is {@code placeIndex << 2 | quality}; quality 0 is the place's own name, 1 a
 * curated former name, 2 an alternate spelling. Non-place phrases ("Black Sea Fleet") end in blocking nodes.
 */
final class NameIndex {

    // Lower is preferred when a place has one name twice (a curated former name beats the same
    // spelling among GeoNames' alternates).
    static final int PRIMARY = 0;
    static final int FORMER = 1;
    static final int ALTERNATE = 2;

    final TokenDictionary tokens;
    private final LongIntMap edges;
    private int nodeCount = 1;
    private int[] termStart;
    private int[] termData;
    private final BitSet blocking = new BitSet();

    // Build-time lists of entries per node, compacted by freeze().
    private int[] pendingNode = new int[1024];
    private int[] pendingEntry = new int[1024];
    private int pendingSize;

    NameIndex(int expectedNames) {
        tokens = new TokenDictionary(expectedNames);
        edges = new LongIntMap(expectedNames * 2);
    }

    int nodeCount() {
        return nodeCount;
    }

    /** The child of {@code node} along {@code tokenId}, or -1. */
    int child(int node, int tokenId) {
        return edges.get(((long) node << 32) | tokenId, -1);
    }

    boolean isTerminal(int node) {
        return termStart[node] != termStart[node + 1] || blocking.get(node);
    }

    boolean isBlocking(int node) {
        return blocking.get(node);
    }

    int entryStart(int node) {
        return termStart[node];
    }

    int entryEnd(int node) {
        return termStart[node + 1];
    }

    int entry(int i) {
        return termData[i];
    }

    /** Adds a name; returns the node it ends at, or -1 if the name has no tokens. */
    int addName(List<String> nameTokens, int placeIndex, int quality) {
        int node = path(nameTokens);
        if (node > 0) {
            addEntry(node, placeIndex << 2 | quality);
        }
        return node;
    }

    /**
     * Adds every name of a {@code |}-separated list, folding and splitting it as
     * {@link NameNormalizer#tokens} does but straight into the trie: no String per token or name.
     */
    void addNames(String names, int placeIndex, int quality) {
        char[] buf = scratch;
        int len = 0;
        int node = 0;
        int n = names.length();
        for (int i = 0; i <= n; i++) {
            char c = i < n ? names.charAt(i) : '|';
            char f = c == '|' ? 0 : NameNormalizer.fold(c);
            if (f != 0) {
                if (len < buf.length) {
                    buf[len++] = f;
                }
                continue;
            }
            if (c != '|'
                    && NameNormalizer.isApostrophe(c)
                    && len > 0
                    && i + 1 < n
                    && NameNormalizer.fold(names.charAt(i + 1)) != 0) {
                continue; // inside a word: Donets'k
            }
            if (len > 0) {
                int id = tokens.find(buf, len);
                if (id < 0) {
                    id = tokens.add(new String(buf, 0, len));
                }
                node = childOrNew(node, id);
                len = 0;
            }
            if (c == '|' && node > 0) {
                addEntry(node, placeIndex << 2 | quality);
                node = 0;
            }
        }
    }

    private final char[] scratch = new char[64];

    private void addEntry(int node, int entry) {
        if (pendingSize == pendingNode.length) {
            pendingNode = Arrays.copyOf(pendingNode, pendingSize * 2);
            pendingEntry = Arrays.copyOf(pendingEntry, pendingSize * 2);
        }
        pendingNode[pendingSize] = node;
        pendingEntry[pendingSize++] = entry;
    }

    void addBlocker(List<String> nameTokens) {
        int node = path(nameTokens);
        if (node > 0) {
            blocking.set(node);
        }
    }

    private int path(List<String> nameTokens) {
        if (nameTokens.isEmpty()) {
            return -1;
        }
        int node = 0;
        for (String t : nameTokens) {
            node = childOrNew(node, tokens.add(t));
        }
        return node;
    }

    /** The trie node reached from {@code node} by token {@code id}, created when new. */
    private int childOrNew(int node, int id) {
        long key = ((long) node << 32) | id;
        int next = edges.get(key, -1);
        if (next < 0) {
            next = nodeCount++;
            edges.put(key, next);
        }
        return next;
    }

    /** Groups the entries by node (counting sort), dropping a place's duplicate entries at a node. */
    void freeze() {
        termStart = new int[nodeCount + 1];
        for (int i = 0; i < pendingSize; i++) {
            termStart[pendingNode[i] + 1]++;
        }
        for (int n = 0; n < nodeCount; n++) {
            termStart[n + 1] += termStart[n];
        }
        int[] fill = Arrays.copyOf(termStart, nodeCount);
        int[] data = new int[pendingSize];
        for (int i = 0; i < pendingSize; i++) {
            data[fill[pendingNode[i]]++] = pendingEntry[i];
        }
        // Keep, per node and place, only the best (lowest) quality.
        int[] compactStart = new int[nodeCount + 1];
        int w = 0;
        for (int n = 0; n < nodeCount; n++) {
            compactStart[n] = w;
            int from = termStart[n];
            int to = termStart[n + 1];
            Arrays.sort(data, from, to);
            for (int i = from; i < to; i++) {
                if (w > compactStart[n] && (data[w - 1] >>> 2) == (data[i] >>> 2)) {
                    continue;
                }
                data[w++] = data[i];
            }
        }
        compactStart[nodeCount] = w;
        termStart = compactStart;
        termData = Arrays.copyOf(data, w);
        pendingNode = null;
        pendingEntry = null;
    }

    /**
     * The folded key of every name, with the entry it leads to, rebuilt from the trie's edges:
     * the trie keeps no strings, so this costs memory only when someone searches.
     */
    void forEachName(NameVisitor visitor) {
        int[] parent = new int[nodeCount];
        int[] token = new int[nodeCount];
        edges.forEach((key, child) -> {
            parent[child] = (int) (key >>> 32);
            token[child] = (int) key;
        });
        StringBuilder sb = new StringBuilder();
        int[] path = new int[64];
        for (int node = 1; node < nodeCount; node++) {
            if (termStart[node] == termStart[node + 1]) {
                continue;
            }
            int depth = 0;
            for (int n = node; n != 0 && depth < path.length; n = parent[n]) {
                path[depth++] = token[n];
            }
            sb.setLength(0);
            for (int d = depth - 1; d >= 0; d--) {
                sb.append(tokens.token(path[d]));
                if (d > 0) {
                    sb.append(' ');
                }
            }
            String key = sb.toString();
            for (int i = termStart[node]; i < termStart[node + 1]; i++) {
                visitor.accept(key, termData[i]);
            }
        }
    }

    interface NameVisitor {
        void accept(String key, int entry);
    }

    /** Whether some entry (placeIndex << 2 | quality) of the single-token name satisfies {@code test}. */
    boolean anyEntry(int tokenId, java.util.function.IntPredicate test) {
        int node = child(0, tokenId);
        if (node < 0) {
            return false;
        }
        for (int i = termStart[node]; i < termStart[node + 1]; i++) {
            if (test.test(termData[i])) {
                return true;
            }
        }
        return false;
    }

    /** Token ids that are, on their own, a complete place name (not a blocked phrase). */
    void forEachSingleTokenName(java.util.function.IntConsumer sink) {
        edges.forEach((key, child) -> {
            if ((key >>> 32) == 0 && termStart[child] != termStart[child + 1] && !blocking.get(child)) {
                sink.accept((int) key);
            }
        });
    }
}
