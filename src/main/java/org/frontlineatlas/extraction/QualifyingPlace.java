package org.frontlineatlas.extraction;

import java.util.regex.Pattern;
import org.frontlineatlas.gazetteer.PlaceMention;

/**
 * A place named only to qualify a person, a thing or another place, not where something happened: a
 * hyphenated adjective ("the Moscow-installed governor", "a Kyiv-based analyst") or the far side of
 * a border ("units near the border with the Sumy region" are on the other side of it).
 */
final class QualifyingPlace {

    private static final Pattern HYPHENATED_ADJECTIVE = Pattern.compile("^[-‐‑][a-z]");
    private static final WordStartPattern BORDER_WITH_BEFORE = WordStartPattern.compile(
            "(?i)\\bborders?\\s+with\\s+(?:the\\s+)?(?:occupied\\s+|Russian\\s+|Ukrainian\\s+)?$");

    private QualifyingPlace() {}

    static boolean isQualifier(String text, PlaceMention mention) {
        if (HYPHENATED_ADJECTIVE
                .matcher(text)
                .region(mention.end(), Math.min(text.length(), mention.end() + 2))
                .lookingAt()) {
            return true;
        }
        String before = text.substring(Math.max(0, mention.start() - 40), mention.start());
        return before.contains("order") && BORDER_WITH_BEFORE.foundIn(WordStarts.of(before));
    }
}
