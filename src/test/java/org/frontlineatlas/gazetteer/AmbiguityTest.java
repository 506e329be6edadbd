package org.frontlineatlas.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolution reads the article: the war's countries, kind cues, and the other places named. */
class AmbiguityTest {

    static final PlaceTagger TAGGER = new PlaceTagger(Gazetteer.loadDefault());

    static Place first(String text, String name) {
        List<PlaceMention> ms = TAGGER.tag(text);
        return ms.stream()
                .filter(m -> m.text().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in " + ms))
                .place();
    }

    @Test
    void odesaIsTheUkrainianPort() {
        assertEquals(
                "UA", first("A drone attack hit Odessa overnight.", "Odessa").countryCode());
    }

    @Test
    void pokrovskIsTheDonetskTownNotEngelsOrYakutia() {
        Place p = first("Russian troops advanced towards Pokrovsk.", "Pokrovsk");
        assertEquals("geonames:704422", p.id());
    }

    @Test
    void aRussianSpellingOfAFormerNameFollowsTheArticlesFrontLine() {
        // Dzerzhinsk is also a city near Nizhny Novgorod; beside Horlivka it is today's Toretsk.
        assertEquals(
                "Toretsk",
                first("Russian forces shelled Horlivka and Dzerzhinsk.", "Dzerzhinsk")
                        .name());
    }

    @Test
    void aVillageIsInTheRegionTheArticleNamesEvenWhenMoscowIsNamedToo() {
        // Korenevo is a village near Moscow and a town in the Kursk region's border district.
        Place p = first(
                "Drones flew at Moscow overnight. In the Kursk region, Ukrainian troops pressed on Korenevo.",
                "Korenevo");
        assertEquals("Kursk Oblast", p.admin1());
    }

    @Test
    void tokmakIsInZaporizhzhiaNotKyrgyzstan() {
        assertEquals("UA", first("Strikes hit Tokmak.", "Tokmak").countryCode());
    }

    @Test
    void regionCueChoosesTheOblastAndCityCueTheCity() {
        assertEquals(
                PlaceKind.SETTLEMENT,
                first("Shelling hit Donetsk overnight.", "Donetsk").kind());
        assertEquals(
                PlaceKind.REGION,
                first("Fighting raged in the Donetsk region.", "Donetsk region").kind());
        assertEquals(
                PlaceKind.REGION,
                first("Fighting raged in the eastern province of Donetsk.", "Donetsk")
                        .kind());
        assertEquals(
                PlaceKind.SETTLEMENT,
                first("Sirens sounded in the city of Kharkiv.", "Kharkiv").kind());
        assertEquals(
                PlaceKind.REGION,
                first("Towns in the Kursk region were evacuated.", "Kursk region")
                        .kind());
        assertEquals(
                PlaceKind.SETTLEMENT,
                first("Towns near Kursk were evacuated.", "Kursk").kind());
        assertEquals(
                PlaceKind.REGION,
                first("Attacks on Kharkiv and Donetsk regions went on.", "Kharkiv")
                        .kind());
    }

    @Test
    void riverCueChoosesTheRiverOverTheCity() {
        assertEquals(
                PlaceKind.SETTLEMENT,
                first("Missiles struck Dnipro on Friday.", "Dnipro").kind());
        assertEquals(
                PlaceKind.RIVER,
                first("Troops crossed the Dnipro river near Krynky.", "Dnipro river")
                        .kind());
        assertEquals(
                PlaceKind.RIVER,
                first("Marines held a foothold across the Dnipro near Krynky.", "Dnipro")
                        .kind());
        assertEquals(
                PlaceKind.ISLAND,
                first("Ukraine retook Snake Island.", "Snake Island").kind());
        // Without "the", the name is the city, even when the passage's other places lie along the river.
        assertEquals(
                PlaceKind.SETTLEMENT,
                first(
                                "Uman lies 200 km south of Kyiv, near Kherson and Kakhovka. "
                                        + "In Dnipro, a woman was killed when a missile hit a house.",
                                "Dnipro")
                        .kind());
    }

    @Test
    void otherPlacesInTheArticlePullAmbiguousNamesTogether() {
        // Several Andriivkas exist; next to Bakhmut and Klishchiivka it is the one south of Bakhmut.
        Place p = first("Ukrainian troops retook Klishchiivka and Andriivka, south of Bakhmut.", "Andriivka");
        assertEquals("atlas:andriivka-bakhmut", p.id());
        // Without that context a bigger Andriivka elsewhere is the better guess.
        Place alone = first("Officials visited Andriivka.", "Andriivka");
        assertEquals("UA", alone.countryCode());
    }

    @Test
    void aSmallNamesakeOfABigCityNeedsAPlaceCloseByInTheArticle() {
        // "New York" is also a town of Donetsk oblast: only a neighbour named in the article makes it that one.
        assertEquals(
                "UA",
                first("Fighting went on around Toretsk and in New York, south of it.", "New York")
                        .countryCode());
        assertEquals(
                "US",
                first("The envoy flew from Kharkiv to New York for the vote.", "New York")
                        .countryCode());
    }

    @Test
    void aCityDistrictIsTheOneOfTheCityNamedBesideIt() {
        assertEquals(
                "Kharkiv Oblast",
                first("A drone hit a school in Kharkiv's Kyivskyi district.", "Kyivskyi district")
                        .admin1());
        assertEquals(
                "Odesa Oblast",
                first("Debris fell in the Kyivskyi district of Odesa.", "Kyivskyi district")
                        .admin1());
    }

    @Test
    void aCapitalNamedAsASpeakerPullsItsNamesakeSuburbsLessThanAFrontTownNearby() {
        Place p = first(
                "Ukrainian troops attacked near Korenevo, west of Sudzha, on Tuesday. Moscow called it terrorism.",
                "Korenevo");
        assertEquals("Kursk Oblast", p.admin1());
    }
}
