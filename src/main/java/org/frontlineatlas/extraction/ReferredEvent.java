package org.frontlineatlas.extraction;

import java.util.List;
import java.util.regex.Pattern;
import org.frontlineatlas.extraction.TriggerLexicon.Trigger;

/**
 * An event word that names a report made elsewhere rather than reporting it: a reaction to it
 * ("Washington condemned the attack on Odesa") or a framing of it ("Moscow described the fighting
 * in the region as an attack on civilians"). The event itself is pinned where the article reports
 * it; the reaction adds no pin.
 */
final class ReferredEvent {

    private static final Pattern REACTION_BEFORE = Pattern.compile(
            "(?i)\\b(?:condemn(?:s|ed|ing)?|denounc\\w*|deplor\\w*|decr(?:ied|ies|y)|mourn\\w*|reacted\\s+to"
                    + "|responded\\s+to|commented\\s+on|blam\\w+\\s+(?:\\w+\\s+){1,4}?for)\\s+"
                    + "(?:the|this|that|its|their|Russia's|Moscow's|Ukraine's|Kyiv's)?\\s*(?:[\\w-]+\\s+){0,2}$");
    private static final Pattern DESCRIBED_BEFORE = Pattern.compile(
            "(?i)\\b(?:describ|characteris|characteriz|call)(?:ed|es|ing)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}$");
    private static final Pattern AS_AFTER = Pattern.compile("^[^.;:]{0,160}?\\sas\\s+(?:an?|the)\\s");

    /** "... described the fighting ... as an attack on civilians": the framing's own words are no event either. */
    private static final Pattern FRAMED_AS_BEFORE = Pattern.compile(
            "(?i)\\b(?:describ|characteris|characteriz|brand|label)(?:ed|es|ing)\\b[^.;:]{0,200}\\sas\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,2}$");

    private ReferredEvent() {}

    /** {@code triggers} (offsets in {@code sentence}) without those a reaction or framing refers to. */
    static List<Trigger> withoutReferred(String sentence, List<Trigger> triggers) {
        if (triggers.isEmpty()) {
            return triggers;
        }
        // Cheap gates first: most sentences hold neither a reaction nor a framing verb.
        boolean reaction = containsAny(sentence, REACTION_STEMS);
        boolean framing = containsAny(sentence, FRAMING_STEMS);
        if (!reaction && !framing) {
            return triggers;
        }
        return triggers.stream()
                .filter(t -> !referred(sentence, t, reaction, framing))
                .toList();
    }

    private static final String[] REACTION_STEMS = {
        "ondemn", "enounc", "eplor", "ecri", "ecry", "ourn", "reacted", "responded", "commented", "lame"
    };
    private static final String[] FRAMING_STEMS = {"escrib", "haracteri", "brand", "label", "called", "calling", "calls"
    };

    private static boolean containsAny(String sentence, String[] stems) {
        for (String stem : stems) {
            if (sentence.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    private static boolean referred(String sentence, Trigger t, boolean reaction, boolean framing) {
        String before = sentence.substring(Math.max(0, t.start() - 60), t.start());
        if (reaction && REACTION_BEFORE.matcher(before).find()) {
            return true;
        }
        if (!framing) {
            return false;
        }
        if (DESCRIBED_BEFORE.matcher(before).find()
                && AS_AFTER.matcher(sentence).region(t.end(), sentence.length()).lookingAt()) {
            return true;
        }
        return FRAMED_AS_BEFORE
                .matcher(sentence)
                .region(Math.max(0, t.start() - 250), t.start())
                .find();
    }
}
