package org.frontlineatlas.extraction;

import java.util.regex.Pattern;
import org.frontlineatlas.gazetteer.PlaceMention;

/**
 * Where a speaker is, not where it happened: "In Kyiv, Deputy Defence Minister Hanna Maliar said that
 * ...", "In Dnipro, regional governor Serhiy Lysak said a drone had hit Nikopol". A place fronted by
 * "In" at the start of a sentence and followed, within a few words and no comma, by a verb of saying
 * locates the speaker; what was said happened elsewhere (or in the place named again in the clause).
 */
final class SpeakersPlace {

    /** "In X, <up to eight words> said": the words are the speaker (a title and a name, "officials"). */
    private static final Pattern SPEAKER_AFTER =
            Pattern.compile("^(?:\\s+(?:on|late\\s+on|early\\s+on)\\s+[A-Z][a-z]+)?,\\s+"
                    + "(?:[\\w'’.-]+\\s+){0,8}?(?:has\\s+|had\\s+|also\\s+)?(?:said|says|told|tells|announced|wrote|posted|added|stated|insisted"
                    + "|warned|claimed|confirmed|denied|reported|urged|accused|vowed|promised|argued|stressed)\\b");

    private static final Pattern IN_BEFORE =
            Pattern.compile("\\bIn\\s+(?:the\\s+(?:capital|city|town)\\s+(?:of\\s+)?)?$");
    private static final Pattern SENTENCE_END_BEFORE = Pattern.compile("(?:[.!?][\"”’)]?\\s+|\\n\\s*)$");

    private SpeakersPlace() {}

    /** True when the mention is the fronted place of a speaker: "In Kyiv, X said ...". */
    static boolean isSpeakersPlace(String text, PlaceMention mention) {
        String before = text.substring(Math.max(0, mention.start() - 30), mention.start());
        var in = IN_BEFORE.matcher(before);
        if (!in.find()) {
            return false;
        }
        int inAt = mention.start() - before.length() + in.start();
        if (inAt > 0
                && !SENTENCE_END_BEFORE
                        .matcher(text)
                        .region(Math.max(0, inAt - 4), inAt)
                        .find()) {
            return false;
        }
        String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 110));
        return SPEAKER_AFTER.matcher(after).lookingAt();
    }
}
