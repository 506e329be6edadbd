package org.frontlineatlas.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names of units, fleets, papers and think tanks that contain a place are not that place. */
class NonPlacesTest {

    static final PlaceTagger TAGGER = new PlaceTagger(Gazetteer.loadDefault());

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Fighters of the Azov regiment surrendered.",
                "Fighters of the Azov Regiment surrendered.",
                "The Black Sea Fleet lost a ship.",
                "According to the New York Times, talks stalled.",
                "The Kyiv Independent reported it first.",
                "The Institute for the Study of War said so.",
                "Vladimir Putin spoke.",
                "Volodymyr Zelensky spoke.",
                "Police said nobody was hurt.",
                "Most of them left in March.",
                "Analyst Samuel Cranny-Evans said the offensive stalled.",
                "Senators met. Lindsey Graham said more aid was coming.",
                "European Council president Charles Michel spoke.",
                "Analysts at the Centre for Eastern Studies disagreed.",
                "Pantsir and Grad systems were destroyed."
            })
    void noPlaceIsTagged(String sentence) {
        assertTrue(TAGGER.tag(sentence).isEmpty(), () -> sentence + " -> " + TAGGER.tag(sentence));
    }

    /** A surname read beside a title keeps that reading in the rest of the text; a first name stays one. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "Colonel Pavel Orlov was wounded on Monday. Orlov's driver died.",
                "Orlov's driver died, the office of Colonel Pavel Orlov said.",
                "Reporters asked David Graham about the plan."
            })
    void aPersonStaysAPerson(String text) {
        assertTrue(TAGGER.tag(text).isEmpty(), () -> text + " -> " + TAGGER.tag(text));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ships left the Black Sea Fleet base for the Black Sea.",
                "The New York Times sent a reporter to New York.",
                "Analysts agreed. Besieged Mariupol held out."
            })
    void theRealPlaceNextToTheLookAlikeIsStillTagged(String sentence) {
        List<PlaceMention> m = TAGGER.tag(sentence);
        assertEquals(1, m.size(), m::toString);
        assertTrue(m.get(0).start() > sentence.length() / 2, "the second, real, place");
    }
}
