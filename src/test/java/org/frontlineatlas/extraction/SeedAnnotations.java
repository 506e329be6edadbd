package org.frontlineatlas.extraction;

import java.time.LocalDate;
import java.util.List;
import org.frontlineatlas.events.DatePrecision;
import org.frontlineatlas.events.EventType;

/**
 * Gold events of the five seed articles, annotated by hand (facts only: place, date, type) as a
 * careful editor would pin them on a front-line map, before the extractor existed.
 *
 * <p>Editorial rules used while annotating:
 * <ul>
 *   <li>Only things that happened (or are reported as happening) at a place; intentions, forecasts,
 *       denials, background history ("since the war began") and remote speeches are not events.</li>
 *   <li>Metonyms (Kremlin, "Kyiv said", "officials in Washington") are never places.</li>
 *   <li>An event located only at Ukraine or Russia as a whole is not pinned; the most specific place
 *       named wins (a village over its oblast).</li>
 *   <li>Types: "pushed back / drove back / reached / recovered positions" is an advance of the side
 *       doing it; "withdrew / retreated" is a retreat; a missile, rocket, drone or artillery hit is
 *       shelling_or_strike even when people died; ground fighting and assaults are attack.</li>
 *   <li>Photo captions are page debris, not report sentences.</li>
 *   <li>Where the text names a place ambiguously, alternatives are listed with '|' (e.g. a city named
 *       for a front in its oblast).</li>
 * </ul>
 * Dates resolve against the publication dates of the seeds' README; when a sentence gives no date,
 * a "yesterday"-style article (it reports what happened yesterday) dates its events the day before
 * publication, other articles the publication day.
 */
final class SeedAnnotations {

    /** One gold event. {@code places} are alternatives separated by '|'. */
    record Fact(String file, String places, LocalDate date, DatePrecision precision, EventType type) {
        List<String> placeAlternatives() {
            return List.of(places.split("\\|"));
        }
    }

    static final String S000 = "000_99c8340d19061ba2.txt";
    static final String S001 = "001_54c73e4f90dc8118.txt";
    static final String S002 = "002_339c920c26470736.txt";
    static final String S003 = "003_cba3a28ba4ae27a0.txt";
    static final String S004 = "004_37957baa43dfc740.txt";

    static LocalDate published(String file) {
        return switch (file) {
            case S000 -> LocalDate.of(2022, 5, 3);
            case S001 -> LocalDate.of(2022, 5, 16);
            case S002 -> LocalDate.of(2024, 5, 14);
            case S003 -> LocalDate.of(2023, 7, 7);
            case S004 -> LocalDate.of(2022, 5, 15);
            default -> throw new IllegalArgumentException(file);
        };
    }

    static final List<String> FILES = List.of(S000, S001, S002, S003, S004);

    private static Fact day(String file, String places, int y, int m, int d, EventType type) {
        return new Fact(file, places, LocalDate.of(y, m, d), DatePrecision.DAY, type);
    }

    static final List<Fact> FACTS = List.of(
            // 000: published Tue 3 May 2022, a "yesterday" report (yesterday = 2 May, Sunday = 1 May).
            day(
                    S000,
                    "40 km east of Kharkiv",
                    2022,
                    5,
                    2,
                    EventType.ADVANCE), // counter-offensive 40 km east of the city
            new Fact(
                    S000,
                    "Donbas",
                    LocalDate.of(2022, 4, 25),
                    DatePrecision.WEEK,
                    EventType.OTHER), // Russian chief of staff there last week
            day(S000, "Odesa", 2022, 5, 1, EventType.SHELLING_OR_STRIKE), // rocket strike, a teenager killed
            day(S000, "Snake Island", 2022, 5, 2, EventType.SHELLING_OR_STRIKE), // drone hit two patrol boats
            day(S000, "Belgorod", 2022, 5, 2, EventType.SHELLING_OR_STRIKE), // more explosions
            day(S000, "Mariupol|Azovstal", 2022, 5, 2, EventType.EVACUATION), // civilians out of the steelworks
            day(S000, "Mariupol|Azovstal", 2022, 5, 1, EventType.SHELLING_OR_STRIKE), // plant shelled from Sunday night

            // 001: published Mon 16 May 2022.
            day(S001, "Kharkiv", 2022, 5, 16, EventType.ADVANCE), // troops reach the border near the city
            day(S001, "Kharkiv", 2022, 5, 16, EventType.SHELLING_OR_STRIKE), // bombing and shelling of the city go on
            day(S001, "Donbas", 2022, 5, 16, EventType.ATTACK), // heavy fighting in the region
            day(S001, "west of Donetsk", 2022, 5, 16, EventType.ADVANCE), // small Russian gains west of the city
            day(S001, "Siverskyi Donets", 2022, 5, 16, EventType.ATTACK), // repeated attempts to cross the river

            // 002: published Tue 14 May 2024 (Tuesday = 14 May).
            day(
                    S002,
                    "Kharkiv Oblast|Kharkiv",
                    2024,
                    5,
                    14,
                    EventType.ATTACK), // offensive around Kharkiv / in the oblast
            new Fact(
                    S002,
                    "Kharkiv Oblast",
                    LocalDate.of(2024, 5, 7),
                    DatePrecision.WEEK,
                    EventType.CAPTURE), // villages taken in the past week
            day(S002, "Kyiv", 2024, 5, 14, EventType.DIPLOMACY), // US secretary of state visits
            day(S002, "Chasiv Yar", 2024, 5, 14, EventType.ATTACK), // town under heavy assault
            day(S002, "Kharkiv", 2024, 5, 14, EventType.SHELLING_OR_STRIKE), // strike on a high-rise

            // 003: published Fri 7 July 2023.
            day(S003, "Bakhmut", 2023, 7, 7, EventType.ADVANCE), // advances towards the city
            day(S003, "Zaporizhzhia Oblast|Zaporizhzhia", 2023, 7, 7, EventType.ADVANCE), // southern front
            day(S003, "Klishchiivka", 2023, 7, 7, EventType.ADVANCE), // partial success at the village
            new Fact(
                    S003,
                    "Bakhmut|Klishchiivka",
                    LocalDate.of(2023, 5, 1),
                    DatePrecision.MONTH,
                    EventType.CAPTURE), // taken by Russia in May
            day(S003, "Vremivka", 2023, 7, 7, EventType.LIBERATION), // villages of the ledge freed
            day(S003, "Donetsk Oblast", 2023, 6, 4, EventType.ATTACK), // large assault reported repelled
            day(S003, "Lviv", 2023, 7, 5, EventType.SHELLING_OR_STRIKE), // strike on an apartment block
            day(
                    S003,
                    "Kharkiv Oblast",
                    2023,
                    7,
                    4,
                    EventType.SHELLING_OR_STRIKE), // strike on a residential building the day before

            // 004: published Sun 15 May 2022, a "yesterday" report (yesterday = 14 May).
            day(S004, "Kharkiv", 2022, 5, 14, EventType.RETREAT), // Russian forces withdrew from the city
            day(S004, "Germany|Baltic Sea", 2022, 5, 14, EventType.DIPLOMACY) // G7 foreign ministers' meeting
            );

    private SeedAnnotations() {}
}
