package org.frontlineatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontlineatlas.extraction.TriggerLexicon.Trigger;

/**
 * History told in passing. A clause set off by commas that dates itself to the past ("Kupiansk,
 * occupied in the first days of the war and liberated in September 2022, was shelled overnight";
 * "Kharkiv, which Russian troops failed to encircle in 2022, has come under attack") reports what
 * happened then; when the rest of the sentence reports something of its own, the clause's words are
 * no event. A sentence that only tells the history ("X, captured in May last year, lies west of Y")
 * keeps it: that is still a dated event. An anniversary ("marks a year since its liberation") reports
 * no new event either.
 */
final class BackgroundClause {

    /** ", occupied ... in September 2022," / ", which ... in the first weeks of the 2022 invasion,". */
    private static final Pattern DATED_ASIDE = Pattern.compile(",\\s+(?:which|where|who|once|[a-z]+ed)\\b[^,;:]{0,160}?"
            + "(?:\\b(?:19|20)\\d\\d\\b|\\blast year\\b|\\bfirst (?:days|weeks|months) of\\b|\\byears? ago\\b)"
            + "[^,;:]{0,80},");

    private static final Pattern ANNIVERSARY = Pattern.compile(
            "(?i)\\b(?:(?:a|one|two|three|four|five|\\d+)\\s+years?\\s+(?:since|after|from)|anniversary\\s+of)\\s+");

    private static final int ANNIVERSARY_REACH = 40;

    /** "has been hit almost every day since Russian troops withdrew across the Dnipro": the start of a state. */
    private static final Pattern SINCE_ARMY =
            Pattern.compile("\\bsince\\s+(?:(?:the|its|their|Russian|Ukrainian)\\s+)?(?:[\\w'’-]+\\s+){0,2}?"
                    + "(?:troops|forces|army|soldiers|units|occupiers)\\b[^,;:]{0,100}");

    private BackgroundClause() {}

    /** {@code triggers} (offsets in {@code sentence}) without those that only tell history. */
    static List<Trigger> withoutHistory(String sentence, List<Trigger> triggers) {
        if (triggers.isEmpty()) {
            return triggers;
        }
        List<int[]> asides = new ArrayList<>();
        List<int[]> always = new ArrayList<>(); // history however the rest of the sentence reads
        if (sentence.indexOf(',') >= 0
                && (hasDigit(sentence) || sentence.contains("year") || sentence.contains("first"))) {
            Matcher m = DATED_ASIDE.matcher(sentence);
            while (m.find()) {
                asides.add(new int[] {m.start(), m.end()});
            }
        }
        Matcher a = ANNIVERSARY.matcher(sentence);
        while ((sentence.contains("year") || sentence.contains("nniversar")) && a.find()) {
            int[] span = {a.end(), Math.min(sentence.length(), a.end() + ANNIVERSARY_REACH)};
            asides.add(span);
            always.add(span);
        }
        Matcher since = SINCE_ARMY.matcher(sentence);
        while (sentence.contains("since") && since.find()) {
            asides.add(new int[] {since.start(), since.end()});
            always.add(new int[] {since.start(), since.end()});
        }
        if (asides.isEmpty()) {
            return triggers;
        }
        List<Trigger> kept = new ArrayList<>();
        boolean eventOutside = false;
        for (Trigger t : triggers) {
            if (inside(asides, t)) {
                continue;
            }
            kept.add(t);
            eventOutside |= !t.nonEvent();
        }
        // Only history in the sentence: keep it, dated as the clause says. An anniversary never is one.
        if (eventOutside || kept.size() == triggers.size()) {
            return kept;
        }
        return triggers.stream().filter(t -> !inside(always, t)).toList();
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean inside(List<int[]> spans, Trigger t) {
        for (int[] s : spans) {
            if (t.start() >= s[0] && t.end() <= s[1]) {
                return true;
            }
        }
        return false;
    }
}
