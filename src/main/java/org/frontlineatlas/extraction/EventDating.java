package org.frontlineatlas.extraction;

import java.time.LocalDate;
import java.util.List;
import org.frontlineatlas.events.DatePrecision;
import org.frontlineatlas.gazetteer.PlaceMention;

/**
 * The date of an event whose trigger has none of its own in the sentence: a date written right after
 * the place ("attacked near X on February 26") or the frame the sentence opens with ("Saturday's
 * barrage also hit X", "said on Wednesday that troops repelled attacks near X"). A date after the
 * trigger and away from the place is left alone: in "X, which was captured in May" May dates the
 * capture only.
 */
final class EventDating {

    /** How far after the place a date still reads as that place's ("near X on February 26"). */
    private static final int BESIDE = 6;

    private EventDating() {}

    /** The date beside the place or framing the trigger, or null; {@code placeStart}/{@code placeEnd} in the sentence. */
    static DateMention besidePlaceOrFrame(
            List<DateMention> mentions, int placeStart, int placeEnd, TriggerLexicon.Trigger trigger) {
        DateMention frame = null;
        for (DateMention d : mentions) {
            if (!usable(d)) {
                continue;
            }
            if (d.start() >= placeEnd && d.start() - placeEnd <= BESIDE) {
                return d;
            }
            if (d.end() <= trigger.start() && d.end() <= placeStart) {
                frame = d; // the last one before both: the nearest frame
            }
        }
        return frame;
    }

    /**
     * The day a sentence without a date of its own inherits: the one the sentence before it stated, when
     * both are in one paragraph ("Drones hit the city on Thursday evening. Three people were injured.").
     * Across a line break (a new paragraph, bullet or caption) nothing is carried.
     */
    static LocalDate carried(
            String text, SentenceSplitter.Span previous, SentenceSplitter.Span current, LocalDate stated) {
        if (stated == null
                || previous == null
                || text.substring(previous.end(), current.start()).indexOf('\n') >= 0) {
            return null;
        }
        return stated;
    }

    /** A sentence goes on about the same event when it names no place but by reference or as the sentence before did. */
    static boolean sameEvent(List<PlaceMention> places, List<PlaceMention> previous) {
        for (PlaceMention m : places) {
            if (!Coreference.isAnaphor(m)
                    && previous.stream().noneMatch(p -> p.place().equals(m.place()))) {
                return false;
            }
        }
        return true;
    }

    /** What a sentence's dates pass on to the next: its last day or week, never a month (a background). */
    static LocalDate toCarry(List<DateMention> mentions) {
        ResolvedDate last = mentions.get(mentions.size() - 1).date();
        return last.precision() == DatePrecision.MONTH ? null : last.start();
    }

    /** As the extractor: a month-long window that does not start a month is a state, not an event's day. */
    private static boolean usable(DateMention d) {
        return d.date().precision() != DatePrecision.MONTH || d.date().start().getDayOfMonth() == 1;
    }
}
