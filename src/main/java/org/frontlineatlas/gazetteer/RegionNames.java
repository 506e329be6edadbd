package org.frontlineatlas.gazetteer;

import java.util.Locale;

/**
 * Whether a region's name and a place's {@code admin1} name the same region, whatever the spelling
 * of the generic part: "Donetsk Oblast", "Donetsk region", "Donets'ka" and "Donetskaya" are one.
 */
public final class RegionNames {

    private RegionNames() {
    }

    public static boolean same(String regionName, String admin1) {
        if (regionName == null || admin1 == null || admin1.isEmpty()) {
            return false;
        }
        return base(regionName).equals(base(admin1));
    }

    private static String base(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("\\b(oblast|region|province|raion)\\b", "")
                .replaceAll("(?<=\\w)(s'ka|ska|s’ka|skaya)\\b", "").replaceAll("[^\\p{L}]", "");
    }
}
