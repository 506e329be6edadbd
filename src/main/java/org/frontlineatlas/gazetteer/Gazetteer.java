package org.frontlineatlas.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The places Frontline Atlas knows and the index of every name they go by. Loaded once from the
 * classpath ({@link #loadDefault()}); immutable and thread-safe after construction.
 */
public final class Gazetteer {

    private static volatile Gazetteer defaultInstance;
    /** The countries whose every populated place the gazetteer holds. */
    static final Set<String> WAR_ZONE = Set.of("UA", "RU", "BY", "MD");

    final Place[] places;
    /** 3 national capital, 2 admin-1 seat, 1 admin-2 seat, 0 other; drives ranking. */
    final byte[] importance;

    final NameIndex index;
    final BitSet commonWordTokens;
    final BitSet personCueTokens;
    final TypoIndex typos;
    private final Map<String, Integer> byId;
    private final Map<String, double[]> lines;
    private volatile SearchIndex searchIndex;

    Gazetteer(GazetteerBuilder b) {
        this.places = b.places.toArray(new Place[0]);
        this.importance = Arrays.copyOf(b.importance, places.length);
        this.index = b.index;
        this.commonWordTokens = b.commonWordTokens;
        this.personCueTokens = b.personCueTokens;
        this.byId = b.byId;
        this.lines = b.lines;
        // Typos are corrected only towards the official and curated names of the war zone's places:
        // elsewhere an unknown capitalised word ("Instead") is likelier an ordinary word than a
        // misspelt town in Jamaica, and misspellings of misspellings are not worth the memory.
        BitSet warZone = b.warZone;
        this.typos = new TypoIndex(index, entry -> (entry & 3) != NameIndex.ALTERNATE && warZone.get(entry >>> 2));
    }

    /** The bundled gazetteer, loaded on first use and shared. */
    public static Gazetteer loadDefault() {
        Gazetteer g = defaultInstance;
        if (g == null) {
            synchronized (Gazetteer.class) {
                g = defaultInstance;
                if (g == null) {
                    g = GazetteerBuilder.fromClasspath().build();
                    defaultInstance = g;
                }
            }
        }
        return g;
    }

    /** A new, unshared gazetteer from the bundled data (for benchmarks; use {@link #loadDefault()}). */
    public static Gazetteer loadFresh() {
        return GazetteerBuilder.fromClasspath().build();
    }

    /**
     * A gazetteer with only every {@code keepEvery}-th generated place (plus the curated ones), to
     * measure how speed and memory scale with size. Not for resolving real text.
     */
    public static Gazetteer loadSampled(int keepEvery) {
        return GazetteerBuilder.fromClasspathSampled(keepEvery).build();
    }

    /** Number of distinct names indexed (trie nodes that end a name), for reports. */
    public int nameCount() {
        int n = 0;
        for (int node = 1; node < index.nodeCount(); node++) {
            if (index.entryEnd(node) > index.entryStart(node)) {
                n++;
            }
        }
        return n;
    }

    public int size() {
        return places.length;
    }

    /** A country's capital (GeoNames PPLC), whose name the press also uses for its government. */
    public boolean isNationalCapital(Place place) {
        Integer i = byId.get(place.id());
        return i != null && importance[i] == 3;
    }

    /** Every place, in the gazetteer's own order (for indexes built over it, e.g. the map's labels). */
    public List<Place> places() {
        return Collections.unmodifiableList(Arrays.asList(places));
    }

    /** 3 national capital, 2 admin-1 seat (oblast centre), 1 admin-2 seat, 0 other. */
    public int importance(Place place) {
        Integer i = byId.get(place.id());
        return i == null ? 0 : importance[i];
    }

    public Optional<Place> byId(String id) {
        Integer i = byId.get(id);
        return i == null ? Optional.empty() : Optional.of(places[i]);
    }

    /**
     * The course of a line feature (a river) as GeoJSON-ordered [lon, lat] points, if the gazetteer
     * has one; the place's own latitude/longitude is a representative point on it.
     */
    public Optional<List<double[]>> line(String id) {
        double[] flat = lines.get(id);
        if (flat == null) {
            return Optional.empty();
        }
        List<double[]> out = new ArrayList<>(flat.length / 2);
        for (int i = 0; i < flat.length; i += 2) {
            out.add(new double[] {flat[i], flat[i + 1]});
        }
        return Optional.of(Collections.unmodifiableList(out));
    }

    /** Distance in km from a point to the place (to the nearest vertex of its line, if it has one). */
    double distanceKm(int placeIndex, double lat, double lon) {
        Place p = places[placeIndex];
        double best = Geo.km(lat, lon, p.latitude(), p.longitude());
        double[] flat = lines.get(p.id());
        if (flat != null) {
            for (int i = 0; i < flat.length; i += 2) {
                best = Math.min(best, Geo.km(lat, lon, flat[i + 1], flat[i]));
            }
        }
        return best;
    }

    /**
     * Places whose name (any spelling) starts with {@code prefix}, best first: countries and
     * regions of the war zone, then by importance and population. For search boxes.
     */
    public List<Place> search(String prefix, int limit) {
        if (prefix == null || limit <= 0) {
            return List.of();
        }
        String key = NameNormalizer.key(prefix);
        if (key.isEmpty()) {
            return List.of();
        }
        int[] hits = searchIndex().prefixMatches(key, 4000);
        Integer[] order = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) {
            order[i] = hits[i];
        }
        Arrays.sort(
                order,
                (a, b) -> Double.compare(searchRank(b & 0x3FFFFFFF, b >>> 30), searchRank(a & 0x3FFFFFFF, a >>> 30)));
        Set<Place> out = new LinkedHashSet<>();
        for (Integer h : order) {
            out.add(places[h & 0x3FFFFFFF]);
            if (out.size() == limit) {
                break;
            }
        }
        return List.copyOf(out);
    }

    private double searchRank(int placeIndex, int exact) {
        return staticScore(placeIndex) + exact * 3.0;
    }

    /** Prior plausibility of a place for a war report, before any context. */
    double staticScore(int placeIndex) {
        Place p = places[placeIndex];
        double s = Math.log10(p.population() + 10.0);
        s += switch (p.countryCode()) {
            case "UA" -> 2.0;
            case "RU" -> 1.5;
            case "BY", "MD" -> 1.0;
            default -> 0.0;
        };
        s += switch (p.kind()) {
            case COUNTRY -> 7.0;
            case REGION -> 4.0;
            case DISTRICT -> 3.5;
            case SEA, RIVER -> 4.0;
            case OTHER -> 5.0;
            case ISLAND, FACILITY -> 3.0;
            case SETTLEMENT -> 0.0;
        };
        s += importance[placeIndex] * 0.5;
        return s;
    }

    private SearchIndex searchIndex() {
        SearchIndex s = searchIndex;
        if (s == null) {
            synchronized (this) {
                s = searchIndex;
                if (s == null) {
                    s = SearchIndex.build(this);
                    searchIndex = s;
                }
            }
        }
        return s;
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "Gazetteer[%d places, %d tokens, %d trie nodes]",
                places.length,
                index.tokens.size(),
                index.nodeCount());
    }
}
