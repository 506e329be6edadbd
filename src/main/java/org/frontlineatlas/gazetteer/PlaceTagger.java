package org.frontlineatlas.gazetteer;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Finds place names in a text and resolves each to one gazetteer entry.
 *
 * <p>Recognition is one pass over the text's tokens: at each capitalised token the matcher walks
 * the name trie as far as the text allows and keeps the longest complete name ("Nova Kakhovka",
 * "Sea of Azov"). A longest match that is a known non-place ("Black Sea Fleet", "Kyiv Independent")
 * consumes its words and yields nothing. Place names that are ordinary English words ("Police",
 * "Split") count only where the text uses them as places ("in Split"). Resolution is done by
 * {@link MentionResolver} with the whole article as context. Immutable and thread-safe.
 */
public final class PlaceTagger {

    private final Gazetteer gazetteer;
    private final NameIndex index;
    private final BitSet lowercaseInName;
    final CueWords cues;

    public PlaceTagger(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.index = gazetteer.index;
        this.lowercaseInName = ids(Cues.LOWERCASE_IN_NAME);
        this.cues = new CueWords(
                ids(Cues.REGION),
                ids(Cues.SETTLEMENT),
                ids(Cues.RIVER),
                ids(Cues.ISLAND),
                ids(Cues.SEA),
                ids(Cues.LOCATIVE),
                ids(Cues.COORDINATION),
                ids(Cues.THE),
                ids(Cues.CITY_AFTER),
                ids(Cues.VESSEL));
    }

    /** Token ids of cue words, as sets. */
    record CueWords(
            BitSet region,
            BitSet settlement,
            BitSet river,
            BitSet island,
            BitSet sea,
            BitSet locative,
            BitSet coordination,
            BitSet the,
            BitSet cityAfter,
            BitSet vessel) {}

    private BitSet ids(Set<String> words) {
        BitSet b = new BitSet();
        for (String w : words) {
            int id = index.tokens.find(w);
            if (id >= 0) {
                b.set(id);
            }
        }
        return b;
    }

    /** See {@link Gazetteer#isNationalCapital(Place)}. */
    public boolean isNationalCapital(Place place) {
        return gazetteer.isNationalCapital(place);
    }

    /** Resolved place mentions in text order. */
    public List<PlaceMention> tag(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        TextTokens tokens = TextTokens.scan(text, index.tokens, gazetteer.typos);
        List<Match> matches = match(tokens);
        return new MentionResolver(gazetteer, cues).resolve(text, tokens, matches);
    }

    /** A recognised name: tokens [first, last] and the trie node whose entries are its candidates. */
    record Match(int first, int last, int node) {}

    List<Match> match(TextTokens tk) {
        List<Match> out = new ArrayList<>();
        int n = tk.count;
        int consumedUpTo = -1; // last token inside a recognised name or non-place phrase
        int[] ids = tk.id;
        BitSet surnames = new BitSet(); // one-word names read as a person's surname somewhere in the text
        for (int t = 0; t < n; t++) {
            if (ids[t] < 0 || (tk.flags[t] & TextTokens.CAPITALISED) == 0) {
                continue;
            }
            int node = 0;
            int best = -1;
            int bestNode = -1;
            // A place name keeps its later words capitalised ("Chasiv Yar") unless they are generic
            // ("Sea of Azov", "Kharkiv oblast"); a non-place phrase matches in any case ("Azov regiment").
            boolean nameCase = true;
            for (int j = t; j < n; j++) {
                if (j > t) {
                    int f = tk.flags[j];
                    if ((f & TextTokens.BREAK_BEFORE) != 0 || ids[j] < 0) {
                        break;
                    }
                    if ((f & TextTokens.CAPITALISED) == 0 && !lowercaseInName.get(ids[j])) {
                        nameCase = false;
                    }
                }
                node = index.child(node, ids[j]);
                if (node < 0) {
                    break;
                }
                if (index.isBlocking(node) || (nameCase && index.isTerminal(node))) {
                    best = j;
                    bestNode = node;
                }
                if ((tk.flags[j] & TextTokens.POSSESSIVE) != 0) {
                    break;
                }
            }
            if (best < 0) {
                continue;
            }
            boolean blocked = index.isBlocking(bestNode);
            if (!blocked && t == best && followsPersonCue(tk, t, bestNode)) {
                surnames.set(ids[t]);
            }
            if (!blocked && acceptable(tk, t, best, bestNode, consumedUpTo == t - 1)) {
                out.add(new Match(t, best, bestNode));
                consumedUpTo = best;
            } else if (blocked) {
                consumedUpTo = best;
            }
            t = best;
        }
        if (!surnames.isEmpty()) {
            // "General Igor Kirillov ... Kirillov's assistant": a name keeps the reading it had beside a title
            out.removeIf(m -> m.first() == m.last() && surnames.get(ids[m.first()]));
        }
        return out;
    }

    /**
     * Guards against words that merely look like names: a one-word name that is also an English
     * word needs a place-like setting ("in Split", not "Split the bill"), and names of one or two
     * letters only ever mean countries ("US", "UK").
     */
    private boolean acceptable(TextTokens tk, int first, int last, int node, boolean afterPhrase) {
        if (first > 0
                && tk.id[first - 1] >= 0
                && cues.vessel().get(tk.id[first - 1])
                && !tk.has(first, TextTokens.BREAK_BEFORE)) {
            return false; // "the landing ship Minsk": a vessel's name
        }
        if (first != last) {
            return true;
        }
        int len = tk.end[first] - tk.start[first];
        if (hasKind(node, PlaceKind.COUNTRY)) {
            return len > 2 || tk.has(first, TextTokens.ALL_CAPS);
        }
        if (looksLikePersonName(tk, first)
                || followsPersonCue(tk, first, node)
                || (!afterPhrase && followsCapitalisedWord(tk, first, node))) {
            return false;
        }
        boolean common = gazetteer.commonWordTokens.get(tk.id[first]);
        if (!common && len > 2) {
            return true;
        }
        if (len <= 2
                || tk.has(first, TextTokens.ALL_CAPS)
                || tk.has(first, TextTokens.SENTENCE_START)
                || tk.has(first, TextTokens.BREAK_BEFORE)
                || first == 0) {
            return false;
        }
        return cues.locative().get(Math.max(tk.id[first - 1], 0)) && tk.id[first - 1] >= 0;
    }

    /**
     * "Vladimir Putin", "David Arakhamia": a one-word name followed straight away by a capitalised
     * word that is no place is a first name, not the city of Vladimir or David in Panama.
     */
    private boolean looksLikePersonName(TextTokens tk, int first) {
        int next = first + 1;
        if (next >= tk.count
                || tk.has(next, TextTokens.BREAK_BEFORE)
                || tk.has(first, TextTokens.POSSESSIVE)
                || !tk.has(next, TextTokens.CAPITALISED)
                || tk.has(next, TextTokens.ALL_CAPS)) {
            return false;
        }
        if (tk.id[first] >= 0 && gazetteer.personCueTokens.get(tk.id[first])) {
            return true; // "David Cameron": a known first name stays one even when a place of that name exists
        }
        int id = tk.id[next];
        if (id < 0 || lowercaseInName.get(id)) {
            return id < 0;
        }
        int node = index.child(0, id);
        return node < 0 || index.isBlocking(node); // "Volodymyr Zelensky": Zelensky is a known non-place
    }

    /**
     * "Alexei Smirnov", "General Syrskyi": right after a given name or a title, a one-word name is a
     * surname. Cities are spared: nobody's surname is read as Kharkiv, and "Governor Kharkiv" is no phrase.
     */
    private boolean followsPersonCue(TextTokens tk, int first, int node) {
        int prev = first - 1;
        if (prev < 0
                || tk.has(first, TextTokens.BREAK_BEFORE)
                || !tk.has(prev, TextTokens.CAPITALISED)
                || tk.has(prev, TextTokens.ALL_CAPS)
                || tk.id[prev] < 0
                || !gazetteer.personCueTokens.get(tk.id[prev])) {
            return false;
        }
        for (int i = index.entryStart(node); i < index.entryEnd(node); i++) {
            Place p = gazetteer.places[index.entry(i) >>> 2];
            if (p.kind() != PlaceKind.SETTLEMENT || p.population() >= 300_000) {
                return false;
            }
        }
        return true;
    }

    /**
     * "Cranny-Evans", "Charles Michel": a one-word name straight after a capitalised word mid-sentence
     * that was itself no place or known phrase is the end of a person's or an organisation's name.
     */
    private boolean followsCapitalisedWord(TextTokens tk, int first, int node) {
        int prev = first - 1;
        if (prev < 0
                || tk.has(first, TextTokens.BREAK_BEFORE)
                || !tk.has(prev, TextTokens.CAPITALISED)
                || tk.has(prev, TextTokens.ALL_CAPS)) {
            return false;
        }
        int id = tk.id[prev];
        if (tk.has(prev, TextTokens.SENTENCE_START)) {
            // "Lindsey Graham said", but "Besieged Mariupol held": at a sentence start only an unknown
            // word before a place outside the war zone is taken for a first name.
            return id < 0 && !inWarZone(node);
        }
        return id < 0 || (!cues.locative().get(id) && !lowercaseInName.get(id));
    }

    private boolean inWarZone(int node) {
        for (int i = index.entryStart(node); i < index.entryEnd(node); i++) {
            if (Gazetteer.WAR_ZONE.contains(gazetteer.places[index.entry(i) >>> 2].countryCode())) {
                return true;
            }
        }
        return false;
    }

    private boolean hasKind(int node, PlaceKind kind) {
        for (int i = index.entryStart(node); i < index.entryEnd(node); i++) {
            if (gazetteer.places[index.entry(i) >>> 2].kind() == kind) {
                return true;
            }
        }
        return false;
    }
}
