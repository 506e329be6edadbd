package org.frontlineatlas.extraction;

import java.util.regex.Pattern;
import org.frontlineatlas.gazetteer.PlaceMention;

/**
 * A place named only to qualify a person, a thing or another place, not where something happened: a
 * hyphenated adjective ("the Moscow-installed governor", "a Kyiv-based analyst") or the far side of
 * a border ("units near the border with the Sumy region" are on the other side of it), or the area a
 * campaign is named after ("the Kursk counter-offensive").
 */
final class QualifyingPlace {

    private static final Pattern HYPHENATED_ADJECTIVE = Pattern.compile("^[-‐‑][a-z]");
    private static final WordStartPattern BORDER_WITH_BEFORE = WordStartPattern.compile(
            "(?i)\\bborders?\\s+with\\s+(?:the\\s+)?(?:occupied\\s+|Russian\\s+|Ukrainian\\s+)?$");

    /** A campaign named after its area ("presses its Kursk counter-offensive") frames the story, it is no event there. */
    private static final Pattern CAMPAIGN_AFTER =
            Pattern.compile("^\\s+(?:counter-?offensives?|offensives?|incursions?|campaigns?)\\b");

    /** "a village which lies roughly 5 km from the Avdiivka plant": a distance that says where another place is. */
    private static final WordStartPattern LIES_FROM_BEFORE = WordStartPattern.compile(
            "(?i)\\b(?:lies|lay|sits|is|was|located|situated)\\s+(?:some\\s+|about\\s+|roughly\\s+|around\\s+|just\\s+|only\\s+)?"
                    + "\\d+(?:[.,]\\d)?\\s?(?:km|kilomet(?:er|re)s|miles)\\s+(?:away\\s+)?from\\s+(?:the\\s+)?(?:former\\s+|town\\s+of\\s+|city\\s+of\\s+)?$");

    private QualifyingPlace() {}

    static boolean isQualifier(String text, PlaceMention mention) {
        if (HYPHENATED_ADJECTIVE
                .matcher(text)
                .region(mention.end(), Math.min(text.length(), mention.end() + 2))
                .lookingAt()) {
            return true;
        }
        if (CAMPAIGN_AFTER
                .matcher(text)
                .region(mention.end(), Math.min(text.length(), mention.end() + 24))
                .lookingAt()) {
            return true;
        }
        String before = text.substring(Math.max(0, mention.start() - 60), mention.start());
        if (before.contains(" from ") && LIES_FROM_BEFORE.foundIn(WordStarts.of(before))) {
            return true;
        }
        return before.contains("order") && BORDER_WITH_BEFORE.foundIn(WordStarts.of(before));
    }
}
