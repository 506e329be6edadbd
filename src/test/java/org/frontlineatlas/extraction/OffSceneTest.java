package org.frontlineatlas.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.frontlineatlas.gazetteer.Geo;
import org.junit.jupiter.api.Test;

/**
 * Places named in a sentence that are not where its event happened, each rule tried both ways: the
 * same place must still be pinned where the sentence says something happened there. The sentences
 * are written for this test.
 */
class OffSceneTest {

    private static final LocalDate PUBLISHED = LocalDate.of(2024, 10, 9);
    private static final double[] KYIV = {50.45, 30.52};
    private static final double[] MOSCOW = {55.75, 37.62};

    private static List<ExtractedEvent> extract(String text) {
        return TestArticles.extract(text, PUBLISHED);
    }

    private static boolean pinnedNear(List<ExtractedEvent> events, double[] point) {
        return events.stream()
                .anyMatch(e -> Geo.km(e.place().latitude(), e.place().longitude(), point[0], point[1]) < 30);
    }

    private static void pinned(String text, double[] point) {
        List<ExtractedEvent> events = extract(text);
        assertTrue(
                pinnedNear(events, point),
                "expected a pin at " + point[0] + "," + point[1] + " for: " + text + "\n" + events);
    }

    private static void notPinned(String text, double[] point) {
        List<ExtractedEvent> events = extract(text);
        assertTrue(
                !pinnedNear(events, point),
                "no pin expected at " + point[0] + "," + point[1] + " for: " + text + "\n" + events);
    }

    @Test
    void aDatelineIsWhereTheStoryWasFiledNotWhereItHappened() {
        notPinned(
                "MOSCOW, Oct 8 (Reuters) - Drones struck a fuel depot in the Bryansk region overnight, the governor said.",
                MOSCOW);
        notPinned("KYIV/MOSCOW — Missiles hit an energy plant in the Lviv region on Tuesday, officials said.", KYIV);
        notPinned("KYIV, Ukraine (AP) — Shelling killed three people in Kherson on Tuesday, officials said.", KYIV);
        pinned(
                "MOSCOW, Oct 8 (Reuters) - Drones struck several buildings in Moscow overnight, the mayor said.",
                MOSCOW);
    }

    @Test
    void aCapitalActingAsItsGovernmentIsNoScene() {
        notPinned(
                "Fresh shelling hit Kharkiv on Tuesday as Kyiv widened its campaign against Russian refineries.", KYIV);
        notPinned(
                "Ukrainian troops withdrew from the village on Monday, and Moscow has ruled out a ceasefire.", MOSCOW);
        notPinned("Kiev later confirmed the retreat from the town on Tuesday.", KYIV);
        pinned("Russian missiles struck Kyiv on Tuesday, killing two people.", KYIV);
        pinned("Debris fell in Kyiv's Darnytskyi district after an air attack on Tuesday.", KYIV);
        pinned("Kyiv itself came under a drone attack on Tuesday night.", KYIV);
        pinned("Explosions were heard over Kharkiv, Odesa and Kyiv on Tuesday night.", KYIV);
    }

    @Test
    void aReactionIsFeltThereNothingHappenedThere() {
        notPinned("The strike on a hospital in Dnipro on Tuesday caused outrage in Kyiv.", KYIV);
        pinned("The strike on a hospital in Dnipro on Tuesday killed four people.", new double[] {48.46, 35.05});
    }

    @Test
    void missilesAreLaunchedFromSomewhereAndLandElsewhere() {
        notPinned(
                "Cruise missiles fired from a ship in the Black Sea struck Odesa on Tuesday.",
                new double[] {43.4, 34.0});
        notPinned(
                "The missiles were launched from bombers flying over the Caspian Sea, the air force said.",
                new double[] {42.0, 50.5});
        pinned("Cruise missiles fired from a ship in the Black Sea struck Odesa on Tuesday.", new double[] {46.48, 30.73
        });
    }

    @Test
    void aSeaBeforePortOnlySaysWhichPort() {
        notPinned(
                "Drones struck an oil terminal in the Black Sea port of Novorossiysk on Tuesday.",
                new double[] {43.4, 34.0});
        pinned(
                "Drones struck an oil terminal in the Black Sea port of Novorossiysk on Tuesday.",
                new double[] {44.72, 37.77});
    }

    @Test
    void whereSomethingWasSaidIsNoScene() {
        notPinned(
                "The minister told reporters in Moscow on Tuesday that the offensive near Pokrovsk was going to plan.",
                MOSCOW);
    }

    @Test
    void evacueesAreTakenFromTheSceneToSafety() {
        double[] dnipro = {48.46, 35.05};
        notPinned("Hundreds of residents of Pokrovsk were evacuated by train to Dnipro on Tuesday.", dnipro);
        pinned(
                "Hundreds of residents of Pokrovsk were evacuated by train to Dnipro on Tuesday.",
                new double[] {48.28, 37.18});
    }

    @Test
    void anOccupiedPlantIsAStateNotACapture() {
        List<ExtractedEvent> events =
                extract("Shelling hit Nikopol on Tuesday, across the river from the occupied plant at Enerhodar.");
        assertTrue(
                events.stream().noneMatch(e -> e.type() == org.frontlineatlas.events.EventType.CAPTURE),
                events.toString());
        List<ExtractedEvent> captured = extract("Russian forces occupied Enerhodar on Tuesday.");
        assertTrue(
                captured.stream().anyMatch(e -> e.type() == org.frontlineatlas.events.EventType.CAPTURE),
                captured.toString());
    }

    @Test
    void anAuthorityNamesTheSceneOnlyWhenNothingElseDoes() {
        double[] kharkiv = {49.99, 36.23};
        pinned("Kharkiv mayor Ihor Terekhov said two missiles hit an apartment block on Tuesday.", kharkiv);
        notPinned(
                "The Kharkiv regional governor said two people were killed in Kupiansk on Tuesday.",
                new double[] {49.5, 36.5});
    }

    @Test
    void aRegionNamedWithATownInsideItIsNotASecondPin() {
        List<ExtractedEvent> events = extract(
                "Ukrainian units pushed into the Kursk region on Tuesday and fighting reached the outskirts of Sudzha.");
        assertTrue(
                events.stream().noneMatch(e -> e.place().kind() == org.frontlineatlas.gazetteer.PlaceKind.REGION),
                events.toString());
        pinned(
                "Heavy fighting continued across the Donetsk region on Tuesday, the General Staff said.",
                new double[] {48.0, 37.8});
    }

    @Test
    void anAssessmentsSectionHeadingIsNoPin() {
        String text =
                "Kupiansk direction: Russian forces attacked near Synkivka on October 8 but made no confirmed gains.";
        List<ExtractedEvent> events = extract(text);
        assertTrue(events.size() == 1 && events.get(0).place().name().equals("Synkivka"), events.toString());
    }

    @Test
    void anOffsetFollowedByANamedVillageIsPinnedAtTheVillage() {
        List<ExtractedEvent> events =
                extract("Russian troops attacked north-east of Kupiansk near Synkivka on October 8.");
        assertTrue(events.size() == 1, events.toString());
    }

    @Test
    void aHeadlineRestatingTheReportIsTheSamePin() {
        String text =
                "Missiles hit Odesa port as grain talks stall\n\nRussian missiles hit the port of Odesa on Monday, officials said.";
        List<ExtractedEvent> events = extract(text);
        assertTrue(events.size() == 1 && events.get(0).date().equals(LocalDate.of(2024, 10, 7)), events.toString());
    }

    @Test
    void oneDateInASentenceDatesAllItsEvents() {
        List<ExtractedEvent> events =
                extract("Troops repelled attacks near Klishchiivka on Monday, and shelling hit Kurdiumivka.");
        assertTrue(events.stream().allMatch(e -> e.date().equals(LocalDate.of(2024, 10, 7))), events.toString());
    }

    @Test
    void whereVictimsCameFromIsNoScene() {
        notPinned(
                "Two people were killed in the blast on Monday; both were from the Belgorod region.",
                new double[] {50.7, 37.4});
    }

    @Test
    void evacueesTakenToAnotherCountrysRegionAreNoPinThere() {
        notPinned(
                "Residents of Vovchansk were evacuated on Monday to Russia's Belgorod region, the occupation authorities said.",
                new double[] {50.7, 37.4});
    }

    @Test
    void raisingTheFlagOverATownIsItsLiberation() {
        List<ExtractedEvent> events =
                extract("Ukrainian soldiers raised their flag over the town hall of Kupiansk on Monday.");
        assertTrue(
                events.stream().anyMatch(e -> e.type() == org.frontlineatlas.events.EventType.LIBERATION),
                events.toString());
    }

    @Test
    void aShipNamedAfterACityIsNoPlace() {
        List<ExtractedEvent> events =
                extract("A missile struck the shipyard in Sevastopol on Monday, damaging the landing ship Minsk.");
        assertTrue(!pinnedNear(events, new double[] {53.9, 27.57}), events.toString());
        assertTrue(pinnedNear(events, new double[] {44.6, 33.52}), events.toString());
    }

    @Test
    void anotherNameForAPlaceIsNoSecondPlace() {
        List<ExtractedEvent> events =
                extract("Russian troops took Niu-York on Monday, a village that some outlets write as New York.");
        assertTrue(!pinnedNear(events, new double[] {40.71, -74.0}), events.toString());
    }

    @Test
    void occupiedBeforeANameIsAState() {
        List<ExtractedEvent> events = extract("Drones struck an air base in occupied Crimea on Monday.");
        assertTrue(
                events.stream().noneMatch(e -> e.type() == org.frontlineatlas.events.EventType.CAPTURE),
                events.toString());
    }

    @Test
    void aWithdrawalOnTheDayOfACaptureIsThatCapture() {
        List<ExtractedEvent> events = extract(
                "Ukrainian forces liberated Lyman on Monday. Russian troops withdrew from Lyman on Monday, Moscow said.");
        assertTrue(
                events.size() == 1 && events.get(0).type() == org.frontlineatlas.events.EventType.LIBERATION,
                events.toString());
    }
}
