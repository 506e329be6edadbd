package org.frontlineatlas.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.frontlineatlas.gazetteer.Gazetteer;
import org.frontlineatlas.gazetteer.PlaceTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The day a pin gets when its report word has no date of its own: what an editor would read. */
class EventDatingTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2022, 6, 1);
    private static EventExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new EventExtractor(new PlaceTagger(Gazetteer.loadDefault()));
    }

    private static List<ExtractedEvent> at(String text, String place) {
        return extractor.extract(ArticleText.parse(text, "a.txt"), WEDNESDAY).stream()
                .filter(e -> e.place().name().equals(place))
                .toList();
    }

    @Test
    void aDateThatFramesTheSentenceDatesEveryPlaceItReports() {
        String text = "Officials said on Tuesday that troops had repelled assaults near Vovchansk and near Kupiansk "
                + "further south, while shelling went on.";
        assertEquals(LocalDate.of(2022, 5, 31), at(text, "Vovchansk").get(0).date());
        assertEquals(LocalDate.of(2022, 5, 31), at(text, "Kupiansk").get(0).date());
    }

    @Test
    void aDateRightAfterThePlaceIsThatPlacesDay() {
        String text =
                "Russian troops attacked near Vovchansk on May 28, and bloggers claimed a push into fields near Kupiansk on May 25.";
        assertEquals(LocalDate.of(2022, 5, 28), at(text, "Vovchansk").get(0).date());
    }

    @Test
    void theNextSentenceOfAParagraphAboutTheSamePlaceKeepsItsDay() {
        List<ExtractedEvent> mykolaiv = at(
                "Drones hit Mykolaiv on Monday evening. Two people were injured and a depot "
                        + "in the city caught fire, the mayor said.",
                "Mykolaiv");
        assertEquals(1, mykolaiv.size(), "one pin, not a second one dated the publication day: " + mykolaiv);
        assertEquals(LocalDate.of(2022, 5, 30), mykolaiv.get(0).date());
    }

    @Test
    void aNewParagraphOrAnotherPlaceStartsWithoutTheDayBefore() {
        assertEquals(
                WEDNESDAY,
                at("Drones hit Mykolaiv on Monday evening.\n\nA depot in Sumy caught fire after a strike.", "Sumy")
                        .get(0)
                        .date());
        List<ExtractedEvent> sumy =
                at("Drones hit Mykolaiv on Monday evening. A depot in Sumy caught fire after a strike.", "Sumy");
        assertTrue(sumy.get(0).dateDefaulted() && sumy.get(0).date().equals(WEDNESDAY), sumy.toString());
    }

    @Test
    void anEventTakesTheDateOfItsPlacesClause() {
        String text =
                "In January, drones struck the refinery in Tuapse, and in March a sea drone damaged a ship in Novorossiysk.";
        assertEquals(LocalDate.of(2022, 1, 1), at(text, "Tuapse").get(0).date());
        assertEquals(LocalDate.of(2022, 3, 1), at(text, "Novorossiysk").get(0).date());
    }

    @Test
    void theDaySomethingWasSaidGivesWayToTheDayItWasDone() {
        String text = "Prosecutors announced on Tuesday that they had opened a case over the shelling of a bus stop "
                + "in Kherson, which killed a woman on May 3.";
        assertEquals(LocalDate.of(2022, 5, 3), at(text, "Kherson").get(0).date());
        String only = "Officials in the region said on Tuesday that artillery had hit Nikopol on Monday night.";
        assertEquals(LocalDate.of(2022, 5, 30), at(only, "Nikopol").get(0).date());
        String alone = "The governor said on Tuesday that artillery had hit Nikopol.";
        assertEquals(LocalDate.of(2022, 5, 31), at(alone, "Nikopol").get(0).date(), "the day of saying when no other");
    }
}
