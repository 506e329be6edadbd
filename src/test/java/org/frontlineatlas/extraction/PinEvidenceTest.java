package org.frontlineatlas.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.frontlineatlas.events.PinEvidence;
import org.frontlineatlas.events.PinEvidence.PlaceRule;
import org.frontlineatlas.gazetteer.Gazetteer;
import org.frontlineatlas.gazetteer.PlaceTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each machine pin says why it exists: the reporting words, how the place was read, the date words. */
class PinEvidenceTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 12); // a Sunday
    private static EventExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new EventExtractor(new PlaceTagger(Gazetteer.loadDefault()));
    }

    private static PinEvidence onlyEvidence(String text) {
        List<ExtractedEvent> events = extractor.extract(ArticleText.parse(text, "test.txt"), PUBLISHED);
        assertEquals(1, events.size(), events.toString());
        return events.get(0).sources().get(0).evidence();
    }

    @Test
    void aNamedPlaceKeepsTheTriggerAndTheDateWords() {
        PinEvidence why = onlyEvidence("Russian forces shelled Kupiansk on Tuesday, injuring two people.");
        assertEquals("shelled", why.trigger());
        assertEquals(PlaceRule.NAMED, why.placeRule());
        assertEquals("Kupiansk", why.placeText());
        assertEquals("on Tuesday", why.dateText());
    }

    @Test
    void anUndatedSentenceSaysTheArticlesDayWasUsed() {
        PinEvidence why = onlyEvidence("Drones struck an oil depot in Kropyvnytskyi, the regional governor said.");
        assertEquals(PlaceRule.NAMED, why.placeRule());
        assertNull(why.dateText());
    }

    @Test
    void anOffsetNamesTheWholeRelativePlace() {
        PinEvidence why = onlyEvidence("Artillery hit a farm 40 km east of Kharkiv on Saturday.");
        assertEquals(PlaceRule.OFFSET, why.placeRule());
        assertEquals("40 km east of Kharkiv", why.placeText());
    }

    @Test
    void theVillageIsMarkedAsReferringBack() {
        List<ExtractedEvent> events = extractor.extract(
                ArticleText.parse(
                        "Reporters reached Klishchiivka, a hilltop hamlet, last month.\n\n"
                                + "On Friday Russian artillery shelled the village again, officials said.",
                        "test.txt"),
                PUBLISHED);
        PinEvidence why = events.stream()
                .flatMap(e -> e.sources().stream())
                .map(EventQuote::evidence)
                .filter(w -> w.placeRule() == PlaceRule.ANAPHOR)
                .findFirst()
                .orElseThrow(() -> new AssertionError(events));
        assertEquals("the village", why.placeText());
        assertEquals("shelled", why.trigger());
    }

    @Test
    void aRegionAsTheWholeStoryIsMarkedRegional() {
        PinEvidence why = onlyEvidence("Heavy fighting continued in the Donetsk region on Saturday.");
        assertEquals(PlaceRule.REGION, why.placeRule());
    }
}
