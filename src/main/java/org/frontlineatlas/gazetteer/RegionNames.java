package org.frontlineatlas.gazetteer;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether a region's name and a place's {@code admin1} name the same region, whatever the spelling
 * of the generic part: "Donetsk Oblast", "Donetsk region", "Donets'ka" and "Donetskaya" are one.
 */
public final class RegionNames {

    private static final Pattern GENERIC = Pattern.compile("\\b(oblast|region|province|raion)\\b");
    private static final Pattern ADJECTIVE_ENDING = Pattern.compile("(?<=\\w)(s'ka|ska|s’ka|skaya)\\b");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]");
    /** Region and admin1 names are a few hundred: remember their bases (asked for every candidate pair). */
    private static final Map<String, String> BASES = new ConcurrentHashMap<>();

    private static final int MAX_REMEMBERED = 20_000;

    private RegionNames() {}

    public static boolean same(String regionName, String admin1) {
        if (regionName == null || admin1 == null || admin1.isEmpty()) {
            return false;
        }
        return base(regionName).equals(base(admin1));
    }

    private static String base(String name) {
        String known = BASES.get(name);
        if (known != null) {
            return known;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        String base = NOT_LETTER
                .matcher(ADJECTIVE_ENDING
                        .matcher(GENERIC.matcher(lower).replaceAll(""))
                        .replaceAll(""))
                .replaceAll("");
        if (BASES.size() < MAX_REMEMBERED) { // article text can name anything: do not grow without end
            BASES.put(name, base);
        }
        return base;
    }
}
