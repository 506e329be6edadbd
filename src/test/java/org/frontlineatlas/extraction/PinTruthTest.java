package org.frontlineatlas.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.frontlineatlas.gazetteer.Geo;
import org.junit.jupiter.api.Test;

/** Where the reader's pins land for relative places and for "the village" (texts written for the test). */
class PinTruthTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 12);

    private static List<ExtractedEvent> extract(String text) {
        return TestArticles.extract(text, PUBLISHED);
    }

    private static double kmFrom(ExtractedEvent e, double lat, double lon) {
        return Geo.km(e.place().latitude(), e.place().longitude(), lat, lon);
    }

    @Test
    void aDistanceAndDirectionMovesThePinOffTheNamedCity() {
        List<ExtractedEvent> events =
                extract("Russian artillery shelled a village 40 km east of Kharkiv on Saturday, the governor said.");
        assertEquals(1, events.size(), events.toString());
        ExtractedEvent e = events.get(0);
        // Kharkiv is at 49.99 N, 36.23 E: 40 km east is about 0.56 degrees of longitude further.
        assertTrue(kmFrom(e, 49.99, 36.79) < 3, e.toString());
        assertTrue(kmFrom(e, 49.99, 36.23) > 35, "not at Kharkiv itself: " + e);
        assertEquals(2, e.geoPrecision());
        assertEquals("40 km east of Kharkiv", e.place().name());
    }

    @Test
    void milesAreConvertedAndABareDirectionIsAShortOffset() {
        ExtractedEvent miles = extract("Ukrainian troops advanced 10 miles south of Bakhmut on Friday.")
                .get(0);
        assertTrue(kmFrom(miles, 48.595 - 16.1 / 111.2, 38.0) < 3, miles.toString());
        ExtractedEvent bare = extract("Heavy fighting was reported north of Kupiansk on Friday.")
                .get(0);
        double fromKupiansk = kmFrom(bare, 49.71, 37.61);
        assertTrue(fromKupiansk > 5 && fromKupiansk < 25, bare.toString());
        assertTrue(bare.place().latitude() > 49.71, "north: " + bare);
    }

    @Test
    void aFarLandmarkIsNotPinned() {
        List<ExtractedEvent> events =
                extract("Drones struck an oil depot 380 km southwest of Moscow overnight, the ministry said.");
        assertTrue(events.stream().noneMatch(e -> kmFrom(e, 55.75, 37.62) < 50), events.toString());
    }

    @Test
    void theVillageIsTheVillageNamedBefore() {
        String text = "Reporters reached Urzuf, a resort on the Azov coast, last month. Ukrainian officials said on "
                + "Saturday that the village had been shelled again and that two civilians were wounded.";
        List<ExtractedEvent> events = extract(text);
        assertTrue(
                events.stream()
                        .anyMatch(e -> e.date().equals(LocalDate.of(2024, 5, 11)) && kmFrom(e, 46.915, 37.104) < 10),
                events.toString());
    }

    @Test
    void aCityIsNotAVillageAndAVillageIsNotACity() {
        assertTrue(Coreference.fits("village", 800));
        assertTrue(!Coreference.fits("village", 1_400_000));
        assertTrue(Coreference.fits("city", 1_400_000));
        assertTrue(!Coreference.fits("city", 600));
        String text = "Kharkiv was calm on Friday. Later the village was shelled, local officials said.";
        assertTrue(extract(text).stream().noneMatch(e -> kmFrom(e, 49.99, 36.23) < 10), "Kharkiv is not 'the village'");
    }

    @Test
    void aSurnameAfterATitleOrAGivenNameIsAPersonNotAVillage() {
        // Urzuf is a village on the Azov coast; here it is only a (made-up) officer's surname.
        for (String text : List.of(
                "Troops under General Urzuf shelled Russian positions on Friday.",
                "Shelling continued on Friday, according to spokesman Ivan Urzuf of the southern command.",
                "Oleksandr Urzuf, a local official, reported heavy shelling on Friday.")) {
            assertTrue(
                    extract(text).stream().noneMatch(e -> kmFrom(e, 46.915, 37.104) < 20),
                    text + " -> " + extract(text));
        }
        assertTrue(
                extract("Russian forces shelled Urzuf on Friday.").stream()
                        .anyMatch(e -> kmFrom(e, 46.915, 37.104) < 10),
                "the village itself is still pinned");
    }

    @Test
    void aCapitalThatDecidesOrAnswersIsNotWhereSomethingHappened() {
        for (String text : List.of(
                "Moscow will retaliate for the drone attacks, officials warned on Friday.",
                "Kyiv has asked for more air defence after the strikes on Friday.",
                "Washington has not commented on the missile strikes reported on Friday.")) {
            List<ExtractedEvent> events = extract(text);
            assertTrue(
                    events.stream()
                            .noneMatch(e -> kmFrom(e, 55.75, 37.62) < 30
                                    || kmFrom(e, 50.45, 30.52) < 30
                                    || kmFrom(e, 38.9, -77.04) < 30),
                    text + " -> " + events);
        }
        assertTrue(
                extract("Russian missiles struck Kyiv on Friday.").stream().anyMatch(e -> kmFrom(e, 50.45, 30.52) < 20),
                "a strike on Kyiv is still pinned");
    }

    @Test
    void aPlaceDescribedRelativeToAnotherIsPinnedItselfNotTheOther() {
        List<ExtractedEvent> events =
                extract("In Selydove, south-east of Pokrovsk, a glide bomb struck an apartment block on Friday.");
        assertTrue(events.stream().anyMatch(e -> kmFrom(e, 48.15, 37.30) < 10), events.toString());
        assertEquals(1, events.size(), "Pokrovsk only says where Selydove is: " + events);
        assertTrue(
                extract("Urzuf lies about 40 km west of Mariupol, where fighting raged in May 2022.").stream()
                        .noneMatch(e -> kmFrom(e, 47.1, 37.0) < 15),
                "a description of where a place lies is no event there");
    }

    @Test
    void aStateOfAffairsIsNotANewEvent() {
        assertTrue(extract("The town has been shelled almost daily since the spring of 2022, residents say.")
                .isEmpty());
        assertTrue(extract("Kupiansk has been shelled regularly for months.").isEmpty());
        assertEquals(1, extract("Kupiansk was shelled on Friday.").size());
    }

    @Test
    void aLinkToAnotherStoryIsNotAReport() {
        String text =
                "Russian drones struck Odesa port on Friday, the governor said.\n\nREAD MORE: Fighting rages for Bakhmut\n"
                        + "Related: Why Vuhledar matters\n";
        List<ExtractedEvent> events = extract(text);
        assertEquals(1, events.size(), events.toString());
        assertTrue(kmFrom(events.get(0), 46.48, 30.73) < 20, events.toString());
    }

    @Test
    void fightingAndItsDeadAtAStruckPlaceAreOnePin() {
        List<ExtractedEvent> events =
                extract("Russian missiles struck Kramatorsk on Friday. Fighting went on in Kramatorsk on Friday "
                        + "and two people were killed in Kramatorsk.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(2, events.get(0).sources().size(), "both sentences are its sources");
    }
}
