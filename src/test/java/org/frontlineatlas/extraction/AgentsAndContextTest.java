package org.frontlineatlas.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.gazetteer.Geo;
import org.junit.jupiter.api.Test;

/** Capitals and countries as actors and context, and where meetings are held (texts written for the test). */
class AgentsAndContextTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 5, 12); // a Sunday

    private static List<ExtractedEvent> extract(String text) {
        return TestArticles.extract(text, PUBLISHED);
    }

    private static boolean pinnedNear(List<ExtractedEvent> events, double lat, double lon) {
        return events.stream()
                .anyMatch(e -> Geo.km(e.place().latitude(), e.place().longitude(), lat, lon) < 40);
    }

    @Test
    void aCapitalFarFromTheWarHostsNoStrikeAndNoAid() {
        List<ExtractedEvent> events = extract("In London, ministers unveiled a new aid package for Ukraine on Tuesday, "
                + "days after the strikes that hit the power grid.");
        assertTrue(!pinnedNear(events, 51.51, -0.13), events.toString());
    }

    @Test
    void aMeetingHeldFarFromTheWarIsPinned() {
        List<ExtractedEvent> met =
                extract("The two foreign ministers met in Geneva on Tuesday to discuss an exchange of prisoners.");
        assertTrue(
                met.stream()
                        .anyMatch(e -> e.date().equals(LocalDate.of(2024, 5, 7))
                                && Geo.km(e.place().latitude(), e.place().longitude(), 46.20, 6.14) < 25),
                met.toString());
        List<ExtractedEvent> signed =
                extract("On Monday the two leaders signed a defence agreement in Vilnius, officials said.");
        assertTrue(pinnedNear(signed, 54.69, 25.28), signed.toString());
    }

    @Test
    void aPlaceThatOnlyQualifiesIsNotTheScene() {
        List<ExtractedEvent> installed =
                extract("Shelling hit the port again on Friday, and the Moscow-appointed mayor "
                        + "of the city said three people were wounded.");
        assertTrue(!pinnedNear(installed, 55.75, 37.62), installed.toString());
        List<ExtractedEvent> border =
                extract("Drones struck Russian positions near the border with the Kharkiv region on Friday.");
        assertTrue(border.stream().noneMatch(e -> e.place().name().contains("Kharkiv")), border.toString());
    }

    @Test
    void whatFallsOnATownIsAStrikeAndAMeetingAskedForIsNotHeld() {
        List<ExtractedEvent> fell =
                extract("Shells hit the port and fell on Nikopol on Friday morning, the governor said.");
        assertTrue(pinnedNear(fell, 47.57, 34.40), fell.toString());
        assertTrue(fell.stream().noneMatch(e -> e.type() == EventType.CAPTURE), fell.toString());
        List<ExtractedEvent> asked = extract("Kyiv asked for an urgent meeting of the Human Rights Council in Geneva.");
        assertEquals(List.of(), asked);
    }

    @Test
    void thePartOfACityIsTheCityAndNobodyAdvancesOutsideTheBelligerents() {
        List<ExtractedEvent> part = extract("Drones hit a warehouse in the north of Kharkiv on Friday.");
        assertTrue(
                part.stream()
                        .anyMatch(e -> Geo.km(e.place().latitude(), e.place().longitude(), 49.99, 36.23) < 5),
                part.toString());
        assertEquals(List.of(), extract("The prime minister crossed into Moldova by car on Friday."));
    }

    @Test
    void aMeetingIsPinnedWhereItWasHeldEvenAfterAPurpose() {
        List<ExtractedEvent> met = extract("Negotiators met on Thursday for several hours at a hotel in Antalya.");
        assertTrue(met.stream().anyMatch(e -> e.type() == EventType.DIPLOMACY), met.toString());
        List<ExtractedEvent> where =
                extract("The president travelled overnight to make his case in Vilnius, where he met "
                        + "the Baltic leaders at the palace on Tuesday.");
        assertTrue(
                where.stream()
                        .anyMatch(
                                e -> e.date().equals(LocalDate.of(2024, 5, 7)) && pinnedNear(List.of(e), 54.69, 25.28)),
                where.toString());
    }

    @Test
    void aCampaignNamedAfterItsAreaIsNoEventThere() {
        assertEquals(
                List.of(),
                extract("Russia pressed on with its Belgorod counter-offensive on Friday, the ministry said."));
    }

    @Test
    void aTownThatOnlySaysWhereAHamletLiesIsNotPinned() {
        List<ExtractedEvent> events = extract("Troops entered a hamlet that lies some 6 km from Kupiansk on Friday.");
        assertTrue(
                events.stream()
                        .noneMatch(e -> Geo.km(e.place().latitude(), e.place().longitude(), 49.71, 37.61) < 3),
                events.toString());
    }
}
