package org.frontlineatlas.events;

import java.util.Locale;

/**
 * Why the machine pinned an event from a sentence, kept on its source so an editor can judge the pin:
 * the words that said something happened, how the place was read and which words dated it.
 *
 * @param trigger   the reporting words as written ("shelled", "recaptured")
 * @param placeRule how the sentence's place became the pin's point
 * @param placeText the place words as written ("Kharkiv", "the village", "40 km east of Kharkiv")
 * @param dateText  the date words as written ("on Tuesday"), or null when the article's day was used
 */
public record PinEvidence(String trigger, PlaceRule placeRule, String placeText, String dateText) {

    /** How a mention became a point. */
    public enum PlaceRule {
        /** The place named, at its gazetteer point. */
        NAMED,
        /** "near X", a river or a district: the place's point, precision widened. */
        NEAR,
        /** "N km east of X", "north of X": a point offset from X. */
        OFFSET,
        /** "the village", "the town": the last place of that kind named before. */
        ANAPHOR,
        /** A whole region or country, at its own point. */
        REGION;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The rule of a stored code; unknown codes (a newer version's) are NAMED rather than an error. */
        public static PlaceRule ofCode(String code) {
            for (PlaceRule r : values()) {
                if (r.code().equals(code)) {
                    return r;
                }
            }
            return NAMED;
        }
    }

    public PinEvidence {
        trigger = clip(trigger);
        placeText = clip(placeText);
        dateText = dateText == null ? null : clip(dateText);
    }

    /** Column width in event_source. */
    static final int MAX = 200;

    private static String clip(String s) {
        return s == null ? "" : s.length() > MAX ? s.substring(0, MAX) : s;
    }
}
