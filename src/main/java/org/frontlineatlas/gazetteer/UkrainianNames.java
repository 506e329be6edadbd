package org.frontlineatlas.gazetteer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A place's name in Ukrainian, for the UI in Ukrainian. GeoNames' alternate names carry no language
 * tag, so among a place's Cyrillic names the one taken is the name itself written in Ukrainian: not
 * Russian or Belarusian by its letters (ы э ъ ё ў), and whose Ukrainian national transliteration is
 * the place's own Latin name (Покровськ → Pokrovsk, not Красноармійськ; Київ, not Киев). Ties go to
 * the name with Ukrainian letters and soft signs (Курськ over Курск). A place with no such name has
 * none here (the UI shows its Latin name).
 */
public final class UkrainianNames {

    private static volatile UkrainianNames loaded;

    private final Map<String, String> latin = new HashMap<>();
    private final Map<String, List<String>> cyrillic = new HashMap<>();
    private final Map<String, Optional<String>> picked = new ConcurrentHashMap<>();
    private final Map<String, String> national = new ConcurrentHashMap<>();

    private UkrainianNames() {}

    /** Read once from the gazetteer files in the jar, on the first Ukrainian page that needs a name. */
    public static UkrainianNames load() {
        UkrainianNames n = loaded;
        if (n == null) {
            synchronized (UkrainianNames.class) {
                if (loaded == null) {
                    UkrainianNames fresh = new UkrainianNames();
                    GazetteerData.read(GazetteerData.PLACES, fresh::add);
                    GazetteerData.read(GazetteerData.SUPPLEMENT, fresh::add);
                    loaded = fresh;
                }
                n = loaded;
            }
        }
        return n;
    }

    private void add(GazetteerData.Row row) {
        String id = row.get("id");
        String name = row.get("name");
        if (!name.isEmpty()) {
            latin.put(id, name); // a supplement row's name replaces the generated one, as in the gazetteer
        }
        for (String alt : row.get("names").split("\\|", -1)) {
            if (!alt.isEmpty()
                    && CyrillicTransliterator.hasCyrillic(alt)
                    && !CyrillicTransliterator.looksRussian(alt)
                    && alt.indexOf('ў') < 0
                    && alt.indexOf('Ў') < 0) {
                cyrillic.computeIfAbsent(id, k -> new ArrayList<>(2)).add(alt);
            }
        }
    }

    public Optional<String> of(String placeId) {
        if (placeId == null) {
            return Optional.empty();
        }
        return picked.computeIfAbsent(placeId, id -> pick(latin.get(id), cyrillic.getOrDefault(id, List.of())));
    }

    public Optional<String> of(Place place) {
        return of(place.id());
    }

    /**
     * The name of a place in Ukraine as the Ukrainian government romanises it (KMU 2010, resolution
     * 55): the Ukrainian name transliterated, so that a map label reads "Sievierodonetsk" where GeoNames
     * keeps the Russian-style "Severodonetsk". Places abroad, and places without a Ukrainian name
     * close to their own, keep their own name.
     */
    public String nationalLatinOf(Place place) {
        if (!"UA".equals(place.countryCode())) {
            return place.name();
        }
        return national.computeIfAbsent(
                place.id(), id -> nationalSpelling(place.name(), cyrillic.getOrDefault(id, List.of())));
    }

    /**
     * GeoNames spells Ukrainian places in the BGN/PCGN manner (Novyy Buh, Bilovods'k): a Cyrillic
     * name is the Ukrainian one when BGN/PCGN spells it exactly so. A Russian name that is merely
     * close (Беловодск) does not pass, so "Bilovodsk" is never rewritten as "Belovodsk".
     */
    static String nationalSpelling(String latinName, List<String> candidates) {
        String target = NameNormalizer.key(latinName);
        for (String c : candidates) {
            String national = CyrillicTransliterator.ukrainianNational(c);
            if (NameNormalizer.key(CyrillicTransliterator.ukrainianBgn(c)).equals(target)
                    || NameNormalizer.key(national).equals(target)) {
                return titleCase(national);
            }
        }
        return latinName;
    }

    /** Capitals after spaces and hyphens (Нью-Йорк → Niu-York); transliteration works in lower case. */
    static String titleCase(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ' || c == '-';
        }
        return out.toString();
    }

    /** The place's name in Ukrainian if it has one, else its own. */
    public String nameOf(Place place) {
        return of(place).orElse(place.name());
    }

    static Optional<String> pick(String latinName, List<String> candidates) {
        if (latinName == null || candidates.isEmpty()) {
            return Optional.empty();
        }
        String target = NameNormalizer.key(latinName);
        record Scored(String name, int distance) {}
        return candidates.stream()
                .map(c -> new Scored(c, distance(target, c)))
                .filter(s -> s.distance() <= Math.max(1, target.length() / 6))
                .min(Comparator.comparingInt(Scored::distance)
                        .thenComparing(s -> !CyrillicTransliterator.looksUkrainian(s.name()))
                        .thenComparing(s -> -softSigns(s.name()))
                        .thenComparing(s -> -s.name().length()))
                .map(Scored::name);
    }

    /**
     * How far a Cyrillic name is from the Latin one. Regions: "Volyn Oblast" is "Волинська область",
     * whose adjective is compared by its stem.
     */
    private static int distance(String target, String candidate) {
        String spelled = NameNormalizer.key(CyrillicTransliterator.ukrainianNational(candidate));
        if (target.endsWith(" oblast") && spelled.endsWith(" oblast")) {
            String stem = target.substring(0, target.length() - 7);
            String adjective = spelled.substring(0, spelled.length() - 7);
            // Ukrainian adjectives end in -а (Запорізька), Russian ones in -ая (Запорожская).
            boolean ukrainianForm = !candidate.split(" ", 2)[0].endsWith("ая");
            if (ukrainianForm && adjective.startsWith(stem.substring(0, Math.min(stem.length(), 5)))) {
                return 0;
            }
        }
        return levenshtein(target, spelled);
    }

    private static int softSigns(String s) {
        return (int) s.chars()
                .filter(c -> c == 'ь' || c == '\'' || c == 'ʼ' || c == '’')
                .count();
    }

    private static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
