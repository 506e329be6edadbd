package org.frontlineatlas.gazetteer;

import java.util.List;
import java.util.Set;

/** Words around a name that tell what kind of place the text means ("Donetsk region", "the city of"). */
final class Cues {

    static final Set<String> REGION = Set.of(
            "region",
            "regions",
            "oblast",
            "oblasts",
            "province",
            "provinces",
            "direction",
            "axis",
            "front",
            "sector",
            "krai",
            "governorate");
    static final Set<String> SETTLEMENT = Set.of(
            "city",
            "town",
            "village",
            "settlement",
            "cities",
            "towns",
            "villages",
            "outskirts",
            "mayor",
            "residents",
            "downtown");
    /** After a name: "Kharkiv city", "Bakhmut town". */
    static final Set<String> CITY_AFTER = Set.of("city", "town", "village");

    static final Set<String> RIVER = Set.of("river", "rivers");
    static final Set<String> ISLAND = Set.of("island", "islands");
    static final Set<String> SEA = Set.of("sea", "coast");
    /** Before a name: "in Bakhmut", "near Robotyne" make a place more likely than a word. */
    static final Set<String> LOCATIVE = Set.of(
            "in", "near", "at", "from", "to", "outside", "around", "towards", "toward", "into", "through", "across",
            "of", "and", "nearby", "between", "on");
    /** Between two names of a coordinated list: "Kharkiv and Donetsk regions". */
    static final Set<String> COORDINATION = Set.of("and", "or");
    /** Before a name as "the" is: "the lower Dnipro", "the upper Oskil" (a stretch of a river). */
    static final Set<String> THE = Set.of("the", "lower", "upper", "middle");
    /** Before a name: "the landing ship Minsk", "the submarine Rostov-on-Don" are vessels named after places. */
    static final Set<String> VESSEL = Set.of(
            "ship",
            "submarine",
            "cruiser",
            "frigate",
            "corvette",
            "warship",
            "vessel",
            "tanker",
            "destroyer",
            "freighter",
            "minesweeper",
            "tug",
            "icebreaker",
            "trawler",
            "patrol boat");

    /**
     * Words that may stay lower case inside a multi-word name: "Sea of Azov", "Rostov-on-Don",
     * "Kharkiv oblast", "Zaporizhzhia nuclear power plant".
     */
    static final Set<String> LOWERCASE_IN_NAME = Set.of(
            "of",
            "on",
            "upon",
            "the",
            "de",
            "del",
            "la",
            "le",
            "na",
            "nad",
            "am",
            "an",
            "der",
            "sur",
            "sea",
            "river",
            "oblast",
            "region",
            "island",
            "islands",
            "nuclear",
            "power",
            "plant",
            "station",
            "dam",
            "bridge",
            "steel",
            "works",
            "steelworks",
            "city",
            "bay",
            "strait",
            "spit",
            "reservoir",
            "peninsula",
            "lake",
            "airport",
            "airfield",
            "air",
            "base",
            "front",
            "peoples",
            "republic",
            "regions",
            "oblasts",
            "krai",
            "district",
            "districts",
            "raion",
            "rayon",
            "port",
            "refinery",
            "hydroelectric",
            "thermal",
            "oil",
            "depot",
            "canal",
            "bank",
            "coast",
            "direction",
            "sector");

    static final List<String> VOCABULARY = List.copyOf(union());

    private Cues() {}

    private static Set<String> union() {
        java.util.Set<String> all = new java.util.HashSet<>();
        for (Set<String> s : List.of(
                CITY_AFTER,
                REGION,
                SETTLEMENT,
                RIVER,
                ISLAND,
                SEA,
                LOCATIVE,
                COORDINATION,
                THE,
                VESSEL,
                LOWERCASE_IN_NAME)) {
            all.addAll(s);
        }
        return all;
    }
}
