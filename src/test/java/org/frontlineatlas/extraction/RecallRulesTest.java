package org.frontlineatlas.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.frontlineatlas.gazetteer.Gazetteer;
import org.frontlineatlas.gazetteer.Geo;
import org.frontlineatlas.gazetteer.PlaceTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Pins a reader expects and the extractor once lost: merges, back-references, relative places (texts of our own). */
class RecallRulesTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 4, 8);
    private static EventExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new EventExtractor(new PlaceTagger(Gazetteer.loadDefault()));
    }

    private static List<ExtractedEvent> extract(String text) {
        return extractor.extract(ArticleText.parse(text, "test.txt"), PUBLISHED);
    }

    private static boolean pinnedNear(List<ExtractedEvent> events, double lat, double lon, double km) {
        return events.stream()
                .anyMatch(e -> Geo.km(e.place().latitude(), e.place().longitude(), lat, lon) < km);
    }

    @Test
    void aTownAcrossTheWaterDoesNotFoldIntoAPlant() {
        List<ExtractedEvent> events =
                extract("Drones hit the Zaporizhzhia nuclear power plant on Sunday, the agency said."
                        + "\n\nOn the opposite bank, shelling damaged houses in Nikopol on Sunday, the governor said.");
        assertTrue(pinnedNear(events, 47.568, 34.391, 3), "Nikopol keeps its own pin: " + events);
        assertTrue(pinnedNear(events, 47.512, 34.585, 3), "the plant keeps its pin: " + events);
    }

    @Test
    void theCityIsNotTheLandmarkThatLocatedIt() {
        List<ExtractedEvent> events =
                extract("Sumy, which lies about 330 km east of Kyiv, has been a target for months."
                        + " In March a missile struck a school in the city, killing two teachers.");
        assertTrue(pinnedNear(events, 50.92, 34.80, 10), "the city is Sumy: " + events);
        assertTrue(!pinnedNear(events, 50.45, 30.52, 50), "Kyiv only orients: " + events);
    }

    @Test
    void pullingTroopsOutAndTakingFullControlAreEvents() {
        List<ExtractedEvent> out = extract("Ukraine pulled its battered troops out of Avdiivka on Saturday.");
        assertTrue(out.stream().anyMatch(e -> e.type() == org.frontlineatlas.events.EventType.RETREAT), out.toString());
        List<ExtractedEvent> taken =
                extract("The ministry said on Sunday its forces had taken full control of Toretsk.");
        assertTrue(
                taken.stream().anyMatch(e -> e.type() == org.frontlineatlas.events.EventType.CAPTURE),
                taken.toString());
    }

    @Test
    void aRegionAcrossTheBorderOnlyLocatesTheVillage() {
        List<ExtractedEvent> events = extract(
                "Mortar fire hit houses in Krasnopillia, a village just across the border from Russia's Kursk region, on Sunday.");
        assertTrue(pinnedNear(events, 50.77, 35.27, 15), "the village is pinned: " + events);
        assertTrue(
                events.stream()
                        .allMatch(e -> Geo.km(e.place().latitude(), e.place().longitude(), 50.77, 35.27) < 15),
                "the region across the border only locates it: " + events);
    }

    @Test
    void aSentenceOpenedByTheTownKeepsItForTheNextTheTown() {
        List<ExtractedEvent> events = extract("Russian missiles hit Druzhkivka on Saturday, officials said."
                + "\n\nThe town of about 55,000 people, on the road north to Kramatorsk, has been shelled for weeks."
                + " On Sunday, shelling damaged the town's hospital, the mayor said.");
        assertTrue(
                events.stream()
                        .anyMatch(e -> e.date().equals(LocalDate.of(2024, 4, 7))
                                && Geo.km(e.place().latitude(), e.place().longitude(), 48.619, 37.527) < 5),
                "Sunday's shelling is in Druzhkivka: " + events);
        assertTrue(!pinnedNear(events, 48.730, 37.588, 5), "Kramatorsk is only on the road: " + events);
    }
}
