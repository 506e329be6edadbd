package org.frontlineatlas.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontlineatlas.events.EventType;

/**
 * Words that report an event of a given type ("shelling", "captured", "evacuated"), and the cues that
 * turn them into a non-event: negation, intention, attempt, speculation, forecast ("did not confirm the
 * retreat", "bid to seize", "may have retreated", "would be limited").
 */
final class TriggerLexicon {

    /** A trigger word in a sentence (offsets in the sentence). {@code weak}: only counts when alone. */
    record Trigger(EventType type, int start, int end, boolean weak, boolean nonEvent) {}

    private record Entry(EventType type, WordStartPattern pattern, boolean weak) {}

    private static final List<Entry> ENTRIES = new ArrayList<>();

    private static void add(EventType type, boolean weak, String regex) {
        ENTRIES.add(
                new Entry(type, WordStartPattern.compile("\\b(?:" + regex + ")\\b", Pattern.CASE_INSENSITIVE), weak));
    }

    static {
        // Longer, more specific phrases first: a matched span is not matched again by later entries.
        // "debris fell in the Dniprovskyi district": what fell is the strike's, not a town falling to an army.
        add(
                EventType.SHELLING_OR_STRIKE,
                false,
                "(?:debris|fragments|wreckage|shrapnel|shells|bombs|missiles?|rockets?|drones?|munitions|projectiles?)"
                        + "(?: and (?:\\w+ )?\\w+)? (?:\\w+ )?(?:fell|falling|landed)");
        add(
                EventType.SHELLING_OR_STRIKE,
                false,
                "(?:rocket|missile|drone|air|artillery|aerial|bomb) attacks?|air ?strikes?|airstrikes?"
                        + "|shelling|shelled|strikes?|struck|missiles?|rockets?|drones?|bombing|bombed|bombard\\w*|explosions?|blasts?"
                        + "|artillery fire|pounded|pummel\\w*|hit by|hit|hits|shot down");
        add(EventType.SHELLING_OR_STRIKE, false, "(?:tore|tears|ripped|rips|slammed|smashed) (?:through|into)");
        add(
                EventType.SHELLING_OR_STRIKE,
                false,
                "(?<!\\b(?:a|an|the) )destroyed (?:an? |the |two |three |several |\\d+ )?(?:[\\w-]+ ){0,2}?(?:depots?|warehouses?|boats?|tanks?"
                        + "|vehicles?|positions?|launchers?|radars?|air defen[cs]e systems?|command posts?)");
        add(
                EventType.LIBERATION,
                false,
                "raised (?:the|their|a|its) (?:\\w+ )?flags?|liberat\\w*|recaptur\\w*|retook|retaken|regained control|freed");
        // "missiles hit Dnipro and fell on Kramatorsk": what lands on a place is a strike; "fell on Tuesday" is a
        // capture.
        add(
                EventType.SHELLING_OR_STRIKE,
                false,
                "fell (?:on|onto)(?= (?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
                        + "|April|May|June|July|August|September|October|November|December)\\b)[A-Z])");
        add(
                EventType.CAPTURE,
                false,
                "captur\\w*|seiz\\w*|(?:took|taken|taking) (?:full |complete |total )?control|fell to|takeover|overr[au]n|occupied|fall of|fell");
        add(EventType.EVACUATION, false, "evacuat\\w*|humanitarian corridors?|forced to flee|fled|flee(?:ing)?");
        add(EventType.EVACUATION, false, "(?:were able to )?(?:leave|left|leaving)(?= (?:the|a|[A-Z]))");
        add(
                EventType.ADVANCE,
                false,
                "advanc\\w*|push(?:ed)? back|pushed|drove back|driven back|drive back|progress|gained ground"
                        + "|gains|reached the border|recovered|expelled|partial success|broke through|breakthrough|moved forward|entered|crossed into"
                        + "|(?:drove|rolled|marched|moved|rode|poured) into");
        add(
                EventType.RETREAT,
                false,
                "retreat\\w*|withdr[ae]w\\w*|fell back|falling back|fall back|pulled back|pulling back"
                        + "|dropping back|pulled out|abandon(?:ed|ing)"
                        + "|(?:pulled|pulling|pull) (?:its|their|the|our|his|her) (?:\\w+ )?(?:troops|forces|units|soldiers|men) out");
        add(
                EventType.ATTACK,
                false,
                "attempts? to cross|heavy fighting|fighting|fought|battles?|clash\\w*|storm(?:ed|ing)"
                        + "|assaults?|assult|under (?:an? )?(?:intense |heavy )?(?:attack|assault|pressure)|attacks?|attacked|thwarted|repelled|repulsed|ambush\\w*");
        add(EventType.ATTACK, true, "counter-?offensive|offensive|counter-?attacks?");
        add(
                EventType.CASUALTIES,
                false,
                "killed|wounded|injur(?:ed|ing)|died|\\d[\\d,]* (?:dead|casualties|deaths)|death toll");
        add(
                EventType.DIPLOMACY,
                false,
                "talks|summit|negotiat\\w*|meeting|met with|diplomatic|diplomacy|peace deal|visit\\w*"
                        // "the council met in New York", "signed a security agreement": a meeting held there
                        + "|(?:met|meet|meets|gathered|convened)(?= (?:[\\w-]+ ){0,6}?(?:in|at) )"
                        + "|signed (?:an? |the |their |its )?(?:[\\w-]+ ){0,3}?(?:agreements?|accords?|deals?|pacts?|treaty|treaties|memorandum)"
                        + "|(?:agreement|accord|deal|pact|treaty|memorandum) (?:was|were|is|has been) signed");
        add(EventType.AID, false, "humanitarian aid|aid convoys?|aid deliver(?:y|ies)|aid");
        add(EventType.CLAIM, true, "claim(?:s|ed)?");
        // Floods (a breached dam): damage to a place, typed "other" as the design has no damage type.
        // Damage reported with no strike word in the sentence ("equipment had been damaged in the X regions").
        add(EventType.OTHER, true, "damaged|damaging|damage to");
        // A plant cut off from the grid ("lost one of its two remaining power lines"): damage, typed "other".
        add(EventType.OTHER, false, "lost (?:\\w+ ){0,5}?power lines?|lost (?:all )?(?:external |off-site )?power");
        add(EventType.OTHER, false, "flooded|flooding|under water|underwater|inundated|submerged|swamped");
    }

    /** Cues before a trigger (same clause) that make it a non-event. */
    private static final WordStartPattern NON_EVENT_CUE = WordStartPattern.compile(
            "(?i)\\b(?:not|n't|no longer|never|failed|fail|bid to|attempt(?:s|ed|ing)? to"
                    + "|tried to|trying to|try to|hop(?:ing|e|ed) to|wants? to|want(?:ed)? to|plan(?:s|ned)? to|aim(?:s|ed|ing)? to|intend\\w*"
                    + "|keen to|frames?|framed|framing|portray\\w*|depict\\w*|in (?:retaliation|response|revenge|reprisal) for|(?:is|are|was|were)\\s+(?:due|set|scheduled|slated)\\s+to|would|will|may|might|could|expected to|supposed to|let alone|prevent\\w*|difficult|unable|if"
                    + "|to (?:make|take|get|hold|win|gain|throw)|urg(?:ed|es|ing)|told to|(?:the|a)\\s+way\\s+for|series of|string of|spate of|pursuit of|amid reports|in order to|weeks of|months of|years of|appears? to|appeared to|seems? to|constantly|continually|repeatedly)\\b");
    /** A modal right after the trigger: "the attack would be limited". */
    private static final Pattern MODAL_AFTER =
            Pattern.compile("(?i)^\\W{0,3}(?:\\w+\\s+){0,1}(?:would|will|may|might|could)\\b");
    /** An assessment rather than an event: "gains had been minimal", "advances were very cautious". */
    private static final Pattern ASSESSMENT = Pattern.compile(
            "(?i)^[^,.;]{0,40}?\\b(?:had been|has been|have been|were|was|are|is)\\s+[“\"]?"
                    + "(?:minimal|slow|cautious|tepid|limited|anaemic|anemic|modest|small|very|quite|largely|mostly|unbalanced|stalled|not)");

    /** An aim, not an event: "has made the capture of the whole of the Donbas its main war goal". */
    private static final Pattern AIM_AFTER = Pattern.compile(
            "(?i)^[^.;]{0,80}?\\b(?:its|their|his|her)\\s+(?:\\w+\\s+){0,2}(?:goal|aim|objective|priority)\\b");

    private static final Pattern MADE_BEFORE =
            Pattern.compile("(?i)\\b(?:made|make|makes|making|set|sets|setting)\\s+(?:the\\s+)?$");

    /** A state, not a new event: "has been shelled almost daily", "shelled regularly since 2022", "for months". */
    private static final Pattern ONGOING_AFTER =
            Pattern.compile("(?i)^[^,.;]{0,30}?\\b(?:(?:almost |nearly )?(?:daily|every (?:day|night)|nightly"
                    + "|regularly|routinely|without (?:a )?pause|non-?stop)|for (?:weeks|months|years|much of)|since (?:the |early |late |\\d{4}\\b|last (?:year|month|summer|winter|spring|autumn))"
                    + "|this (?:month|year|summer|winter|spring|autumn))");

    /** A participle used as an adjective states a condition, not a new event: "the occupied nuclear plant". */
    private static final Pattern PARTICIPLE =
            Pattern.compile("(?i)occupied|liberated|captured|recaptured|seized|besieged|shelled|bombed");

    private static final Pattern ATTRIBUTIVE_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:the|an?|its|their|his|her|our|this|these|those)\\s+"
                    + "(?:(?:temporarily|partially|partly|still|now|currently|newly|illegally|formerly|previously|once|recently|long)[\\s-]+)?|-)$");

    private static final Pattern PREPOSITION_BEFORE =
            Pattern.compile("(?i)\\b(?:in|of|from|to|into|across|near|over|on|throughout)\\s+$");
    private static final Pattern NAME_AFTER = Pattern.compile("\\s+[A-Z]");

    private static final Pattern RELATIVE_CLAUSE_START = Pattern.compile(",\\s+(?:where|who)\\b");

    /** A meeting asked for is not one held: "requested an emergency meeting of the council in New York". */
    private static final Pattern REQUESTED_BEFORE = Pattern.compile(
            "(?i)\\b(?:ask(?:s|ed|ing)?\\s+for|call(?:s|ed|ing)?\\s+for|request(?:s|ed|ing)?|propos(?:e|es|ed|ing)|demand(?:s|ed|ing)?"
                    + "|sought|seek(?:s|ing)?|push(?:es|ed|ing)?\\s+for|invit(?:e|es|ed|ing)\\s+\\w+\\s+to)\\s+(?:an?\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}$");

    private TriggerLexicon() {}

    static List<Trigger> find(String sentence) {
        return find(WordStarts.of(sentence));
    }

    static List<Trigger> find(WordStarts words) {
        String sentence = words.text().toString();
        List<Trigger> found = new ArrayList<>();
        for (Entry entry : ENTRIES) {
            WordStartPattern.Finder m = entry.pattern().finder(words);
            while (m.find()) {
                if (overlaps(found, m.start(), m.end())) {
                    continue;
                }
                boolean nonEvent = isNonEvent(sentence, m.start(), m.end())
                        || entry.type() == EventType.DIPLOMACY && isRequested(sentence, m.start());
                found.add(new Trigger(entry.type(), m.start(), m.end(), entry.weak(), nonEvent));
            }
        }
        found.sort(Comparator.comparingInt(Trigger::start));
        return found;
    }

    private static boolean isRequested(String sentence, int start) {
        return REQUESTED_BEFORE
                .matcher(sentence)
                .region(Math.max(0, start - 50), start)
                .find();
    }

    private static boolean overlaps(List<Trigger> found, int start, int end) {
        for (Trigger t : found) {
            if (start < t.end() && t.start() < end) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNonEvent(String sentence, int start, int end) {
        int windowStart = Math.max(0, start - 60);
        String before = sentence.substring(windowStart, start);
        if (PARTICIPLE.matcher(sentence).region(start, end).matches()
                && (ATTRIBUTIVE_BEFORE
                                .matcher(sentence)
                                .region(Math.max(0, start - 32), start)
                                .find()
                        || PREPOSITION_BEFORE
                                        .matcher(sentence)
                                        .region(Math.max(0, start - 12), start)
                                        .find()
                                && NAME_AFTER
                                        .matcher(sentence)
                                        .region(end, Math.min(sentence.length(), end + 3))
                                        .lookingAt())) {
            return true; // "the occupied plant", "in occupied Crimea"
        }
        int clause = Math.max(before.lastIndexOf(';'), Math.max(before.lastIndexOf(':'), before.lastIndexOf('.')));
        if (clause >= 0) {
            before = before.substring(clause + 1);
        }
        Matcher relative = RELATIVE_CLAUSE_START.matcher(before);
        while (relative.find()) {
            before = before.substring(relative.end()); // "to make his case in Washington, where he met": a new clause
            relative = RELATIVE_CLAUSE_START.matcher(before);
        }
        if (NON_EVENT_CUE.foundIn(before)) {
            return true;
        }
        // Both are anchored at the start of what follows: lookingAt() is find() without the futile tries.
        String after = sentence.substring(end);
        if (before.endsWith(" ")
                && MADE_BEFORE.matcher(before).find()
                && AIM_AFTER.matcher(after).lookingAt()) {
            return true;
        }
        return ASSESSMENT.matcher(after).lookingAt()
                || MODAL_AFTER.matcher(after).lookingAt()
                || ONGOING_AFTER.matcher(after).lookingAt();
    }
}
