package org.frontlineatlas.extraction;

import org.frontlineatlas.gazetteer.PlaceMention;

/**
 * The venue of a meeting announced, not held: "at this week's summit in X", "the upcoming talks in X",
 * "leaders will meet in X", "is expected to visit X". The dev set's README pins meetings held; a meeting
 * still to come has happened nowhere yet.
 */
final class AnnouncedMeeting {

    private static final WordStartPattern ANNOUNCED_BEFORE = WordStartPattern.compile(
            "(?i)\\b(?:this\\s+week's|next\\s+week's|next\\s+month's|this\\s+month's|upcoming|forthcoming|planned"
                    + "|scheduled|coming)\\s+(?:[^,.;]{0,30}?\\s+)?(?:summit|talks|meeting|conference|forum|gathering)"
                    + "\\s+(?:in|at)\\s+(?:the\\s+)?$"
                    + "|\\b(?:will|to|would)\\s+(?:meet|gather|convene|visit|travel\\s+to|fly\\s+to)\\s+(?:(?:in|at)\\s+)?(?:the\\s+)?$");

    private AnnouncedMeeting() {}

    /** True when the mention names where a meeting is still to be held or a visit still to be made. */
    static boolean isAnnounced(String text, PlaceMention mention) {
        String before = text.substring(Math.max(0, mention.start() - 70), mention.start());
        return ANNOUNCED_BEFORE.foundIn(WordStarts.of(before));
    }
}
