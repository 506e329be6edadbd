package org.frontlineatlas.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.frontlineatlas.gazetteer.PlaceKind;
import org.junit.jupiter.api.Test;

/** A district that frames a town is no pin of its own; a district alone is (texts written for the test). */
class PlaceLevelsTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2025, 1, 12);

    private static List<ExtractedEvent> extract(String text) {
        return TestArticles.extract(text, PUBLISHED);
    }

    @Test
    void aDistrictFramingATownPinsTheTown() {
        List<ExtractedEvent> events =
                extract("In the Pokrovsk district, a guided bomb damaged homes in Myrnohrad on Saturday, he said.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(PlaceKind.SETTLEMENT, events.get(0).place().kind(), events.toString());
        assertEquals(1, events.get(0).geoPrecision());
    }

    @Test
    void aDistrictAloneIsPinnedAtTheDistrict() {
        List<ExtractedEvent> events = extract("Guided bombs struck the Pokrovsk district on Saturday, officials said.");
        assertEquals(1, events.size(), events.toString());
        assertEquals(PlaceKind.DISTRICT, events.get(0).place().kind(), events.toString());
        assertEquals(2, events.get(0).geoPrecision());
    }

    @Test
    void anAppositionStillDescribesItsPlace() {
        List<ExtractedEvent> events =
                extract("Russian troops attacked Kotlyne, a village west of Pokrovsk, on Saturday, the army said.");
        assertTrue(events.stream().noneMatch(e -> e.place().name().equals("Pokrovsk")), events.toString());
    }

    @Test
    void aFrontSectorIsPinnedNearItsTownNotInIt() {
        List<ExtractedEvent> sector = extract("Heavy fighting continued on the Pokrovsk direction on Saturday.");
        assertEquals(1, sector.size(), sector.toString());
        assertEquals(2, sector.get(0).geoPrecision(), sector.toString());
        assertTrue(sector.get(0).summary().contains("near"), sector.toString());
        List<ExtractedEvent> town = extract("Heavy fighting continued in Pokrovsk on Saturday.");
        assertEquals(1, town.get(0).geoPrecision(), town.toString());
    }
}
