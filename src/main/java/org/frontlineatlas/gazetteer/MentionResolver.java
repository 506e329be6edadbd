package org.frontlineatlas.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses one place for each recognised name, the way a reader of a war report would: a prior from
 * population, rank and the war's countries; cues in the words around the name ("Donetsk region",
 * "the city of", "the Dnipro river"); and coherence with the places the article names without
 * doubt (a Pokrovsk near Bakhmut rather than one in Yakutia).
 */
final class MentionResolver {

    /** Score bonus when the words around a name ask for the candidate's kind. */
    private static final double CUE_MATCH = 4.0;

    private static final double CUE_MISMATCH = -2.0;
    /** A margin this large over the runner-up makes a mention an anchor for the others. */
    private static final double ANCHOR_MARGIN = 1.5;

    private static final double PROXIMITY_WEIGHT = 3.0;
    private static final double PROXIMITY_SCALE_KM = 150.0;
    private static final double TEXT_SCALE_CHARS = 1000.0;
    private static final double REGION_TEXT_SCALE_CHARS = 300.0;
    /** A namesake this many times more populous wins unless the smaller one has an anchor close by. */
    private static final long BIG_NAMESAKE_RATIO = 100;

    private static final double CLOSE_ANCHOR_KM = 60.0;

    private static final double CAPITAL_ANCHOR_WEIGHT = 0.6;

    private final Gazetteer g;
    private final PlaceTagger.CueWords cues;

    MentionResolver(Gazetteer g, PlaceTagger.CueWords cues) {
        this.g = g;
        this.cues = cues;
    }

    List<PlaceMention> resolve(String text, TextTokens tk, List<PlaceTagger.Match> matches) {
        int m = matches.size();
        int[][] cand = new int[m][];
        double[][] score = new double[m][];
        for (int k = 0; k < m; k++) {
            PlaceTagger.Match match = matches.get(k);
            NameIndex index = g.index;
            int from = index.entryStart(match.node());
            int to = index.entryEnd(match.node());
            cand[k] = new int[to - from];
            score[k] = new double[to - from];
            PlaceKind cue = kindCue(tk, match.first(), match.last());
            boolean afterThe = match.first() > 0
                    && tk.id[match.first() - 1] >= 0
                    && cues.the().get(tk.id[match.first() - 1]);
            for (int c = 0; c < cand[k].length; c++) {
                int entry = index.entry(from + c);
                int p = entry >>> 2;
                cand[k][c] = p;
                score[k][c] = prior(p, entry & 3, cue, afterThe);
            }
        }
        // Anchors: mentions decided before context; they pull the rest towards their area.
        List<Integer> anchors = new ArrayList<>();
        List<Integer> anchorNodes = new ArrayList<>();
        List<Integer> anchorOffsets = new ArrayList<>();
        Set<String> anchorCountries = new HashSet<>();
        for (int k = 0; k < m; k++) {
            int best = argmax(score[k]);
            if (margin(score[k], best) >= ANCHOR_MARGIN) {
                int p = cand[k][best];
                PlaceKind kind = g.places[p].kind();
                if (kind != PlaceKind.COUNTRY && anchors.size() < 50 && !anchors.contains(p)) {
                    anchors.add(p);
                    anchorNodes.add(matches.get(k).node());
                    anchorOffsets.add(tk.start[matches.get(k).first()]);
                }
                anchorCountries.add(g.places[p].countryCode());
            }
        }
        List<PlaceMention> out = new ArrayList<>(m);
        for (int k = 0; k < m; k++) {
            if (cand[k].length > 1) {
                for (int c = 0; c < cand[k].length; c++) {
                    score[k][c] += coherence(
                            cand[k][c],
                            matches.get(k).node(),
                            tk.start[matches.get(k).first()],
                            anchors,
                            anchorNodes,
                            anchorOffsets,
                            anchorCountries);
                }
            }
            int best = bigUnlessAnchoredNear(
                    cand[k], argmax(score[k]), matches.get(k).node(), anchors, anchorNodes);
            PlaceTagger.Match match = matches.get(k);
            int start = tk.start[match.first()];
            int end = tk.end[match.last()];
            double conf = confidence(score[k], best);
            if (tk.has(match.first(), TextTokens.TYPO)) {
                conf *= 0.7;
            }
            out.add(new PlaceMention(g.places[cand[k][best]], text.substring(start, end), start, end, conf));
        }
        return out;
    }

    /**
     * A village that shares its name with a far bigger city ("New York" in Donetsk oblast, the US city)
     * is meant only when the article names a place close to it; coherence with a region or a country
     * far away is not enough to beat the city everyone means.
     */
    private int bigUnlessAnchoredNear(
            int[] cand, int best, int node, List<Integer> anchors, List<Integer> anchorNodes) {
        int big = best;
        for (int c = 0; c < cand.length; c++) {
            if (g.places[cand[c]].population() > g.places[cand[big]].population()) {
                big = c;
            }
        }
        Place chosen = g.places[cand[best]];
        Place bigger = g.places[cand[big]];
        if (big == best
                || chosen.kind() != PlaceKind.SETTLEMENT
                || bigger.kind() != PlaceKind.SETTLEMENT
                || bigger.population() < BIG_NAMESAKE_RATIO * Math.max(1, chosen.population())) {
            return best;
        }
        for (int i = 0; i < anchors.size(); i++) {
            Place a = g.places[anchors.get(i)];
            if (anchorNodes.get(i) != node
                    && (a.kind() == PlaceKind.SETTLEMENT
                            || a.kind() == PlaceKind.FACILITY
                            || a.kind() == PlaceKind.DISTRICT)
                    && g.distanceKm(cand[best], a.latitude(), a.longitude()) <= CLOSE_ANCHOR_KM) {
                return best;
            }
        }
        return big;
    }

    private double prior(int p, int quality, PlaceKind cue, boolean afterThe) {
        double s = g.staticScore(p);
        if (quality == NameIndex.ALTERNATE) {
            s -= 0.3;
        } else if (quality == NameIndex.FORMER) {
            // Curated renames (Artemivsk, Dzerzhynsk): the press still uses them for today's place.
            s += 0.7;
        }
        PlaceKind kind = g.places[p].kind();
        if (cue != null) {
            s += kind == cue ? CUE_MATCH : CUE_MISMATCH;
        }
        if (afterThe) {
            // "the Dnipro", "the Donbas": English puts an article before rivers, seas, regions
            if (kind == PlaceKind.RIVER || kind == PlaceKind.SEA) {
                s += 2.5;
            } else if (kind == PlaceKind.REGION) {
                s += 1.0;
            }
        } else if (kind == PlaceKind.RIVER && cue != PlaceKind.RIVER) {
            s -= 1.5; // and without it, "in Dnipro" is the city: a bare river name is rare in English
        }
        return s;
    }

    /**
     * Closeness on the map to the article's anchors, except those named by the same words as this
     * mention; an anchor in the same passage counts fully, one far away in the text half as much
     * ("Andriivka, south of Bakhmut" beats an Andreyevka near a Sevastopol named paragraphs later).
     */
    private double coherence(
            int p,
            int node,
            int offset,
            List<Integer> anchors,
            List<Integer> anchorNodes,
            List<Integer> anchorOffsets,
            Set<String> countries) {
        Place place = g.places[p];
        double s = countries.contains(place.countryCode()) ? 0.5 : 0.0;
        double best = 0;
        for (int i = 0; i < anchors.size(); i++) {
            int a = anchors.get(i);
            if (a == p || anchorNodes.get(i) == node) {
                continue;
            }
            Place ap = g.places[a];
            int apart = Math.abs(anchorOffsets.get(i) - offset);
            if (ap.kind() == PlaceKind.REGION && RegionNames.same(ap.name(), place.admin1())) {
                // "in the Kursk region ... Korenevo": inside a region named just before, as if next door;
                // a region named paragraphs away says little about which of two villages is meant.
                best = Math.max(best, Math.exp(-apart / REGION_TEXT_SCALE_CHARS));
                continue;
            }
            double near = Math.exp(-g.distanceKm(p, ap.latitude(), ap.longitude()) / PROXIMITY_SCALE_KM);
            double passage = 0.5 + 0.5 * Math.exp(-apart / TEXT_SCALE_CHARS);
            // A capital is named for its government as often as for its streets: it pulls its suburbs less.
            double weight = g.isNationalCapital(ap) ? CAPITAL_ANCHOR_WEIGHT : 1.0;
            best = Math.max(best, near * passage * weight);
        }
        return s + PROXIMITY_WEIGHT * best;
    }

    /** The kind the surrounding words ask for, or null. */
    private PlaceKind kindCue(TextTokens tk, int first, int last) {
        int next = last + 1;
        if (next < tk.count && !tk.has(next, TextTokens.BREAK_BEFORE) && !tk.has(last, TextTokens.POSSESSIVE)) {
            int id = tk.id[next];
            if (id >= 0) {
                if (cues.region().get(id)) {
                    return PlaceKind.REGION;
                }
                if (cues.river().get(id)) {
                    return PlaceKind.RIVER;
                }
                if (cues.cityAfter().get(id)) {
                    return PlaceKind.SETTLEMENT; // "Kharkiv city"
                }
                if (cues.island().get(id)) {
                    return PlaceKind.ISLAND;
                }
                if (cues.coordination().get(id) && coordinatedRegion(tk, next)) {
                    return PlaceKind.REGION; // "Kharkiv and Donetsk regions"
                }
            }
        }
        if (next < tk.count
                && tk.has(next, TextTokens.BREAK_BEFORE)
                && !tk.has(next, TextTokens.SENTENCE_START)
                && tk.has(next, TextTokens.CAPITALISED)
                && !tk.has(last, TextTokens.POSSESSIVE)
                && listOfRegions(tk, next)) {
            return PlaceKind.REGION; // "damaged in the Kharkiv, Poltava and Vinnytsia regions"
        }
        // "the city of Kharkiv", "the town of Chasiv Yar"
        if (first >= 2
                && !tk.has(first, TextTokens.BREAK_BEFORE)
                && tk.id[first - 1] >= 0
                && tk.id[first - 2] >= 0
                && "of".equals(g.index.tokens.token(tk.id[first - 1]))) {
            int id = tk.id[first - 2];
            if (cues.settlement().get(id)) {
                return PlaceKind.SETTLEMENT;
            }
            if (cues.region().get(id)) {
                return PlaceKind.REGION;
            }
        }
        if (first >= 1 && !tk.has(first, TextTokens.BREAK_BEFORE) && tk.id[first - 1] >= 0) {
            int id = tk.id[first - 1];
            if (cues.river().get(id)) {
                return PlaceKind.RIVER;
            }
        }
        return null;
    }

    /** After "and"/"or": more capitalised names, then "regions"/"oblasts". */
    private boolean coordinatedRegion(TextTokens tk, int from) {
        for (int j = from + 1; j < tk.count && j < from + 8; j++) {
            int id = tk.id[j];
            if (id >= 0 && cues.region().get(id)) {
                return true;
            }
            if (tk.has(j, TextTokens.SENTENCE_START) || !tk.has(j, TextTokens.CAPITALISED)) {
                return false;
            }
        }
        return false;
    }

    /** After a comma: more capitalised names, "and"/"or", then "regions" ends the list. */
    private boolean listOfRegions(TextTokens tk, int from) {
        boolean coordinated = false;
        for (int j = from; j < tk.count && j < from + 14; j++) {
            int id = tk.id[j];
            if (j > from && tk.has(j, TextTokens.SENTENCE_START)) {
                return false;
            }
            if (id >= 0 && cues.region().get(id) && !tk.has(j, TextTokens.BREAK_BEFORE)) {
                return coordinated && j > from;
            }
            if (id >= 0 && cues.coordination().get(id)) {
                coordinated = true;
            } else if (!tk.has(j, TextTokens.CAPITALISED)) {
                return false;
            }
        }
        return false;
    }

    private static int argmax(double[] s) {
        int best = 0;
        for (int i = 1; i < s.length; i++) {
            if (s[i] > s[best]) {
                best = i;
            }
        }
        return best;
    }

    private static double margin(double[] s, int best) {
        double second = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < s.length; i++) {
            if (i != best) {
                second = Math.max(second, s[i]);
            }
        }
        return s[best] - second;
    }

    private static double confidence(double[] s, int best) {
        if (s.length == 1) {
            return 0.95;
        }
        double m = margin(s, best);
        return Math.min(0.95, 0.5 + 0.5 * (1 - Math.exp(-m)));
    }
}
