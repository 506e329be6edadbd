package org.frontlineatlas.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins that must not be made: headline duplicates, announced meetings, history (texts written for the test). */
class EventPrecisionTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 12); // a Sunday

    private static List<ExtractedEvent> extract(String text) {
        return TestArticles.extract(text, PUBLISHED);
    }

    private static List<ExtractedEvent> at(List<ExtractedEvent> events, String place) {
        return events.stream().filter(e -> e.place().name().equals(place)).toList();
    }

    @Test
    void aHeadlineThatGatheredUndatedLinesFoldsIntoTheBodysLatestDay() {
        List<ExtractedEvent> events = extract("Russia presses attacks near Robotyne as summer nears\n\n"
                + "ZAPORIZHZHIA, Ukraine - Russian units attack day after day near the village of Robotyne,"
                + " local officials say.\n\n"
                + "Russian infantry attacked near Robotyne three times on Saturday, the General Staff said.");
        List<ExtractedEvent> robotyne = at(events, "Robotyne");
        assertEquals(1, robotyne.size(), events.toString());
        assertEquals(LocalDate.of(2024, 5, 11), robotyne.get(0).date(), robotyne.toString());
    }

    @Test
    void theVenueOfAMeetingStillToComeIsNoPin() {
        List<ExtractedEvent> events =
                extract("Russian missiles struck Dnipro on Saturday, and the president asked leaders"
                        + " at next week's EU summit in Brussels for more air defence.");
        assertEquals(List.of(), at(events, "Brussels"), events.toString());
        assertEquals(1, at(events, "Dnipro").size(), events.toString());
    }

    @Test
    void aLiberationRecalledWithTheSumOfTheOccupationAndAnEarlierYearIsNoPin() {
        List<ExtractedEvent> recalled =
                extract("Izium was recaptured by Ukraine in September 2022 after six months of occupation.");
        assertEquals(List.of(), at(recalled, "Izium"), recalled.toString());
        List<ExtractedEvent> news =
                extract("Ukrainian troops entered Izium on Saturday after six months of occupation.");
        assertEquals(1, at(news, "Izium").size(), news.toString());
    }
}
