package org.frontlineatlas.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spellings the press uses for one place all land on that place. */
class SpellingVariantsTest {

    static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    static final PlaceTagger TAGGER = new PlaceTagger(GAZETTEER);

    /** The only mention in a short sentence built around the name. */
    static PlaceMention only(String sentence) {
        List<PlaceMention> m = TAGGER.tag(sentence);
        assertEquals(1, m.size(), () -> "expected one place in '" + sentence + "', got " + m);
        return m.get(0);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                // Ukrainian national transliteration and the Russian-style spellings of the same cities
                "Kyiv|Kyiv",
                "Kiev|Kyiv",
                "Kyyiv|Kyiv",
                "Zaporizhzhia|Zaporizhzhia",
                "Zaporozhye|Zaporizhzhia",
                "Zaporizhia|Zaporizhzhia",
                "Zaporizhzhya|Zaporizhzhia",
                "Kharkiv|Kharkiv",
                "Kharkov|Kharkiv",
                "Odesa|Odesa",
                "Odessa|Odesa",
                "Mykolaiv|Mykolaiv",
                "Nikolaev|Mykolaiv",
                "Nikolayev|Mykolaiv",
                "Luhansk|Luhansk",
                "Lugansk|Luhansk",
                "Sievierodonetsk|Sievierodonetsk",
                "Severodonetsk|Sievierodonetsk",
                "Klishchiivka|Klishchiivka",
                "Kleshcheyevka|Klishchiivka",
                "Klishchiyivka|Klishchiivka",
                "Vuhledar|Vuhledar",
                "Ugledar|Vuhledar",
                "Avdiivka|Avdiivka",
                "Avdeyevka|Avdiivka",
                "Chasiv Yar|Chasiv Yar",
                "Chasov Yar|Chasiv Yar",
                "Chasiv-Yar|Chasiv Yar",
                "Nova Kakhovka|Nova Kakhovka",
                "Novaya Kakhovka|Nova Kakhovka",
                "Robotyne|Robotyne",
                "Rabotino|Robotyne",
                "Krynky|Krynky",
                "Krinki|Krynky",
                // renamed places map to today's name
                "Artemivsk|Bakhmut",
                "Artemovsk|Bakhmut",
                "Dzerzhynsk|Toretsk",
                "Krasnoarmiisk|Pokrovsk",
                "Krasnoarmeysk|Pokrovsk",
                "Dnipropetrovsk|Dnipro",
                "Kirovohrad|Kropyvnytskyi",
                // apostrophes for the soft sign, both ’ and '
                "Donets'k|Donetsk",
                "Donets’k|Donetsk",
                "Donetsʼk|Donetsk",
                "Mar'inka|Marinka",
                "Mar’inka|Marinka",
                "Khar\u00ADkiv|Kharkiv",
                // Cyrillic text
                "Київ|Kyiv",
                "Харків|Kharkiv",
                "Бахмут|Bakhmut",
                "Запорожье|Zaporizhzhia"
            })
    void spellingResolvesToPlace(String spelling, String expected) {
        PlaceMention m = only("Officials reported shelling in " + spelling + " on Tuesday.");
        assertEquals(expected, m.place().name());
        assertEquals(spelling, m.text());
    }

    @Test
    void possessivesKeepTheNameAndItsOffsets() {
        String text = "Ukraine’s army held Kharkiv's outskirts.";
        List<PlaceMention> m = TAGGER.tag(text);
        assertEquals(2, m.size(), m::toString);
        assertEquals("Ukraine", m.get(0).text());
        assertEquals(PlaceKind.COUNTRY, m.get(0).place().kind());
        assertEquals("Kharkiv", m.get(1).place().name());
        assertEquals(text.indexOf("Kharkiv"), m.get(1).start());
        assertEquals(text.indexOf("Kharkiv") + 7, m.get(1).end());
    }

    @Test
    void headlinesInCapitalsAreReadButLowerCaseWordsAreNotNames() {
        List<PlaceMention> m = TAGGER.tag("RUSSIA PUSHES TOWARDS KHARKIV");
        assertEquals(
                List.of("Russia", "Kharkiv"),
                m.stream().map(x -> x.place().name()).toList());
        assertTrue(TAGGER.tag("the troops will split up and police the area").isEmpty());
    }

    @Test
    void oneLetterTypoInALongNameResolvesWhenUnambiguous() {
        PlaceMention m = only("Fighting continued near Klishchiivla on Monday.");
        assertEquals("Klishchiivka", m.place().name());
        assertTrue(m.confidence() < 0.9, "a corrected name is less certain");
        assertEquals(
                "Kramatorsk", only("Missiles hit Kramatorks overnight.").place().name()); // swapped letters
        assertEquals(
                "Bakhmut",
                only("Fighting continued near Bakhmutt on Monday.").place().name()); // one extra
        assertEquals(
                "Avdiivka",
                only("Fighting continued near Avdiika on Monday.").place().name()); // one missing
    }

    @Test
    void typoCorrectionNeverGuessesBetweenTwoNames() {
        // "Pokrovske" and "Pokrovsk" both lie one edit from "Pokrovskk"
        assertTrue(TAGGER.tag("Fighting continued near Pokrovskk on Monday.").isEmpty());
    }

    @Test
    void longestMatchWins() {
        assertEquals(
                "Chasiv Yar",
                only("Russian forces shelled Chasiv Yar overnight.").place().name());
        assertEquals(
                "Nova Kakhovka",
                only("Water poured through Nova Kakhovka after the blast.")
                        .place()
                        .name());
        assertEquals(
                "atlas:sea-of-azov",
                only("Ships were seen in the Sea of Azov yesterday.").place().id());
        assertEquals(
                "atlas:znpp",
                only("Inspectors visited the Zaporizhzhia nuclear power plant today.")
                        .place()
                        .id());
    }

    @Test
    void searchFindsPlacesByPrefixBestFirst() {
        List<Place> hits = GAZETTEER.search("Khark", 5);
        assertEquals("Kharkiv", hits.get(0).name());
        assertTrue(hits.stream()
                .anyMatch(p -> p.kind() == PlaceKind.REGION && p.name().startsWith("Kharkiv")));
        assertEquals("Kyiv", GAZETTEER.search("Kiev", 1).get(0).name());
        assertTrue(GAZETTEER.search("", 5).isEmpty());
        assertEquals("Robotyne", GAZETTEER.byId("atlas:robotyne").orElseThrow().name());
        assertTrue(GAZETTEER.line("atlas:dnipro-river").orElseThrow().size() > 5);
    }
}
