package org.frontlineatlas.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** Where one clause of a sentence ends and another, with its own time, begins. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("(?i);|,\\s+(?:and|but|while|whereas)\\b");

    /** A verb of saying just before a date: "said on Thursday", "officials said Thursday", "reported on Tuesday". */
    private static final Pattern REPORTED = Pattern.compile(
            "(?i)\\b(?:said|says|announced|reported|claimed|confirmed|stated|added|wrote|told\\s+\\w+)\\s+$");

    /** "and" right before a date: a new time, a new clause ("overnight and on Sunday morning set fire to"). */
    private static final Pattern AND_BEFORE = Pattern.compile("(?i)\\band\\s+$");

    /** ", which killed 35 people on Palm Sunday": a relative clause right after the place. */
    private static final Pattern WHICH = Pattern.compile("^\\s*,\\s+which\\b[^,;]*");

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
     * The dates that may date an event at the place {@code placeStart..placeEnd} of {@code sentence}: those of
     * the place's own clause when it has any ("In January drones struck Tuapse, and in August a sea drone hit
     * Novorossiysk"), and of those not the day something was said when another day remains ("announced on
     * Thursday that ... killed a woman on November 3"). The sentence's dates as they are otherwise.
     */
    static List<DateMention> forPlace(String sentence, List<DateMention> mentions, int placeStart, int placeEnd) {
        if (mentions.size() < 2) {
            return mentions;
        }
        List<DateMention> relative = inRelativeClause(sentence, mentions, placeEnd);
        if (!relative.isEmpty()) {
            return relative;
        }
        int from = 0;
        int to = sentence.length();
        Matcher m = CLAUSE_BREAK.matcher(sentence);
        while (m.find()) {
            if (m.end() <= placeStart) {
                from = m.end();
            } else if (m.start() >= placeEnd) {
                to = m.start();
                break;
            }
        }
        for (DateMention d : mentions) { // "hit the city overnight and on Sunday morning set fire to ..."
            if (AND_BEFORE
                    .matcher(sentence)
                    .region(Math.max(0, d.start() - 6), d.start())
                    .find()) {
                if (d.start() <= placeStart) {
                    from = Math.max(from, d.start());
                } else if (d.start() >= placeEnd) {
                    to = Math.min(to, d.start());
                }
            }
        }
        List<DateMention> own = new ArrayList<>();
        for (DateMention d : mentions) {
            if (d.start() >= from && d.end() <= to) {
                own.add(d);
            }
        }
        List<DateMention> dates = own.isEmpty() ? mentions : own;
        List<DateMention> done = new ArrayList<>();
        for (DateMention d : dates) {
            if (!REPORTED.matcher(sentence)
                    .region(Math.max(0, d.start() - 40), d.start())
                    .find()) {
                done.add(d);
            }
        }
        boolean dayLeft = done.stream().anyMatch(d -> d.date().precision() != DatePrecision.MONTH);
        return dayLeft && done.size() < dates.size() ? done : dates;
    }

    /**
     * The dates of a "which" clause right after the place, when the event's word comes before the place: in
     * "buried the victims on Tuesday of the strike on Sumy, which killed 35 people as residents gathered for
     * Palm Sunday" the clause dates the strike. Empty otherwise.
     */
    private static List<DateMention> inRelativeClause(String sentence, List<DateMention> mentions, int placeEnd) {
        Matcher which = WHICH.matcher(sentence).region(placeEnd, sentence.length());
        if (!which.lookingAt()) {
            return List.of();
        }
        List<DateMention> inside = new ArrayList<>();
        for (DateMention d : mentions) {
            if (d.start() >= placeEnd && d.end() <= which.end() && d.date().precision() != DatePrecision.MONTH) {
                inside.add(d);
            }
        }
        return inside;
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
