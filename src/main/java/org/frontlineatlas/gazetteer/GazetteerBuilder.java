package org.frontlineatlas.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assembles a {@link Gazetteer}: places and their names from the generated GeoNames/Natural Earth
 * file, the curated supplement (new places, or extra names for existing ones), the non-place
 * phrases that block tagging, and the place names that are also ordinary English words.
 */
final class GazetteerBuilder {

    final List<Place> places = new ArrayList<>(40_000);
    byte[] importance = new byte[40_000];
    // Small to start: the tables double as names come, so a small gazetteer stays small in memory.
    final NameIndex index = new NameIndex(32_000);
    final BitSet commonWordTokens = new BitSet();
    /** Given names and titles: a one-word place name right after one is a surname. */
    final BitSet personCueTokens = new BitSet();

    final Map<String, Integer> byId = new HashMap<>(80_000);
    final Map<String, double[]> lines = new HashMap<>();
    /** Places in Ukraine, Russia, Belarus or Moldova. */
    final BitSet warZone = new BitSet();
    // One instance per distinct country code and region name.
    private final Map<String, String> countries = new HashMap<>();
    private final Map<String, String> admin1s = new HashMap<>();

    static GazetteerBuilder fromClasspath() {
        GazetteerBuilder b = new GazetteerBuilder();
        GazetteerData.read(GazetteerData.PLACES, b::addRow);
        GazetteerData.read(GazetteerData.SUPPLEMENT, b::addRow);
        GazetteerData.read(GazetteerData.NON_PLACES, row -> b.addNonPlace(row.get("phrase")));
        GazetteerData.read(GazetteerData.COMMON_WORDS, row -> b.addCommonWord(row.get("word")));
        GazetteerData.read(GazetteerData.PERSON_CUES, row -> b.addPersonCue(row.get("word")));
        return b;
    }

    /** Keeps only every {@code n}-th generated place (for measuring how size affects speed). */
    static GazetteerBuilder fromClasspathSampled(int n) {
        GazetteerBuilder b = new GazetteerBuilder();
        int[] counter = {0};
        GazetteerData.read(GazetteerData.PLACES, row -> {
            if (counter[0]++ % n == 0) {
                b.addRow(row);
            }
        });
        GazetteerData.read(GazetteerData.SUPPLEMENT, row -> {
            if (!row.get("latitude").isEmpty() || b.byId.containsKey(row.get("id"))) {
                b.addRow(row);
            }
        });
        GazetteerData.read(GazetteerData.NON_PLACES, row -> b.addNonPlace(row.get("phrase")));
        GazetteerData.read(GazetteerData.COMMON_WORDS, row -> b.addCommonWord(row.get("word")));
        GazetteerData.read(GazetteerData.PERSON_CUES, row -> b.addPersonCue(row.get("word")));
        return b;
    }

    Gazetteer build() {
        for (String cue : Cues.VOCABULARY) {
            index.tokens.add(cue);
        }
        index.freeze();
        return new Gazetteer(this);
    }

    void addRow(GazetteerData.Row row) {
        String id = row.get("id");
        Integer existing = byId.get(id);
        int placeIndex;
        if (existing != null) {
            placeIndex = existing; // a supplement row adding names to a generated place
            String rename = row.get("name");
            Place p = places.get(placeIndex);
            if (!rename.isEmpty() && !rename.equals(p.name())) {
                // Today's official spelling for display (Zaporizhzhia, not GeoNames' Zaporizhzhya)
                places.set(
                        placeIndex,
                        new Place(
                                p.id(),
                                rename,
                                p.kind(),
                                p.latitude(),
                                p.longitude(),
                                p.countryCode(),
                                p.admin1(),
                                p.population()));
                index.addName(NameNormalizer.tokens(rename), placeIndex, NameIndex.PRIMARY);
            }
        } else {
            if (row.get("latitude").isEmpty()) {
                return; // extra names for a place this (sampled) build does not have
            }
            String country = countries.computeIfAbsent(row.get("country"), c -> c);
            Place p = new Place(
                    id,
                    row.get("name"),
                    PlaceKind.fromCode(row.get("kind")),
                    Double.parseDouble(row.get("latitude")),
                    Double.parseDouble(row.get("longitude")),
                    country,
                    admin1s.computeIfAbsent(row.get("admin1"), a -> a),
                    parseLong(row.get("population")));
            placeIndex = places.size();
            places.add(p);
            byId.put(id, placeIndex);
            if (Gazetteer.WAR_ZONE.contains(country)) {
                warZone.set(placeIndex);
            }
            if (placeIndex >= importance.length) {
                importance = Arrays.copyOf(importance, importance.length * 2);
            }
            importance[placeIndex] = importanceOf(row.get("feature"));
            index.addName(NameNormalizer.tokens(p.name()), placeIndex, NameIndex.PRIMARY);
            String line = row.get("line");
            if (!line.isEmpty()) {
                lines.put(id, parseLine(line));
            }
        }
        index.addNames(row.get("names"), placeIndex, NameIndex.ALTERNATE);
        index.addNames(row.get("former"), placeIndex, NameIndex.FORMER);
    }

    void addNonPlace(String phrase) {
        index.addBlocker(NameNormalizer.tokens(phrase));
    }

    void addCommonWord(String word) {
        List<String> t = NameNormalizer.tokens(word);
        if (t.size() == 1) {
            commonWordTokens.set(index.tokens.add(t.get(0)));
        }
    }

    void addPersonCue(String word) {
        List<String> t = NameNormalizer.tokens(word);
        if (t.size() == 1) {
            personCueTokens.set(index.tokens.add(t.get(0)));
        }
    }

    private static byte importanceOf(String featureCode) {
        return switch (featureCode) {
            case "PPLC" -> 3;
            case "PPLA" -> 2;
            case "PPLA2" -> 1;
            default -> 0;
        };
    }

    private static long parseLong(String s) {
        return s.isEmpty() ? 0 : Long.parseLong(s);
    }

    /** "lat,lon;lat,lon;..." to a flat GeoJSON-ordered [lon, lat, lon, lat, ...] array. */
    private static double[] parseLine(String s) {
        // A trailing ";" leaves no point behind, as String.split(";") always dropped it.
        String[] pts = Arrays.stream(s.split(";", -1)).filter(p -> !p.isBlank()).toArray(String[]::new);
        double[] flat = new double[pts.length * 2];
        for (int i = 0; i < pts.length; i++) {
            String[] ll = pts[i].trim().split(",", -1);
            flat[2 * i] = Double.parseDouble(ll[1].trim());
            flat[2 * i + 1] = Double.parseDouble(ll[0].trim());
        }
        return flat;
    }
}
