package org.frontlineatlas.extraction;

import org.frontlineatlas.gazetteer.PlaceMention;

/**
 * The venue of talks, a summit, a court or a conference: "a conference on war crimes in The Hague",
 * "the court in The Hague", "the grain deal brokered in Istanbul". What can have happened there is the
 * meeting itself, never the strike or the advance the same sentence reports from elsewhere.
 */
final class Venue {

    private static final WordStartPattern VENUE_BEFORE = WordStartPattern.compile(
            "(?i)\\b(?:conference|summit|talks|meeting|forum"
                    + "|courts?|tribunal|hearings?|session|ceremony|negotiations|gathering|congress|assembly|parliament|embassy)\\b"
                    + "(?:\\s+(?!(?:on|at|in|near|over|against|targeting)\\s+(?-i:[A-Z]))[^,.;]{0,40}?)?\\s+(?:in|at)\\s+(?:the\\s+)?$"
                    + "|\\b(?:brokered|signed|agreed|negotiated|hosted|held)\\b[^.;]{0,40}?\\s(?:in|at)\\s+(?:the\\s+)?$");

    private Venue() {}

    /** True when the mention names where a meeting, a court or a conference sits. */
    static boolean isVenue(String text, PlaceMention mention) {
        String before = text.substring(Math.max(0, mention.start() - 70), mention.start());
        // Both alternatives end in "in" or "at" (and "the"): most mentions are rejected without the pattern.
        String tail =
                before.length() > 8 ? before.substring(before.length() - 8).toLowerCase(java.util.Locale.ROOT) : before;
        if (!tail.contains("in ") && !tail.contains("at ")) {
            return false;
        }
        return VENUE_BEFORE.foundIn(WordStarts.of(before));
    }
}
