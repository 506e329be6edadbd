package org.frontlineatlas.extraction;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.frontlineatlas.gazetteer.PlaceKind;
import org.frontlineatlas.gazetteer.PlaceMention;

/**
 * Tells place names that stand for a government or an actor from places where something happened:
 * "the Kremlin said", "Moscow's forces", "officials in Washington and Kyiv", "Kyiv has said", the
 * "Copenhagen Democracy Summit". Whole belligerent countries are never event places (too vague to
 * pin); other countries only after a locative preposition ("a meeting in Germany").
 */
final class MetonymFilter {

    private static final Set<String> SEATS_OF_POWER = Set.of("kremlin", "white house", "pentagon", "downing street",
            "elysee", "élysée", "bankova", "whitehall", "capitol hill", "the kremlin");
    private static final Set<String> WHOLE_BELLIGERENTS = Set.of("UA", "RU");

    private static final Pattern ACTOR_POSSESSIVE = Pattern.compile("(?i)^['’]s?\\s+(?:own\\s+|most\\s+\\w+\\s+|[a-z]+\\s+)?(?:forces|troops|army|military"
            + "|government|ministry|officials|president|leader\\w*|invasion|war|fight|backers|allies|defen[cs]e|reserves|soldiers|units"
            + "|attempt|aggression|foreign|armed|staging|regime|position|decision|offensive|counter-?offensive|efforts?|side"
            + "|intelligence|mps|parliament|authorities|envoy|spokes\\w+|\\w+ minister|\\w+ forces|most|elite|plan|strategy)\\b");
    private static final Pattern SPEAKER = Pattern.compile("(?i)^\\s+(?:has\\s+|have\\s+|had\\s+|also\\s+)?(?:said|says|say|claims?|claimed"
            + "|stressed|believes?|announced|warned|insisted|denied|confirmed|accused|wants?|expects?|reported|stated|argued"
            + "|asserted|insists|told|urged|called|demanded|responded|rejected|agreed|signed|pledged|promised|vowed|threatened"
            + "|hopes|fears|sees|considers|welcomed|condemned|is\\s+keen|has\\s+made\\s+clear"
            + "|(?:was|is|has\\s+been)\\s+(?:aiming|trying|seeking|planning|hoping))\\b");
    private static final WordStartPattern PRECEDING_PREPOSITION = WordStartPattern.compile("(?i)\\b(?:of|from|in|at|on|to|near|around|into|over|towards?|outside)\\s+(?:the\\s+)?$");
    private static final WordStartPattern OFFICIALS_IN = WordStartPattern.compile("(?i)\\b(?:officials|authorities|leaders|diplomats|government|sources"
            + "|lawmakers|politicians|spokes\\w+|ministers?|analysts|experts)\\s+(?:in|from)\\s+(?:the\\s+[^,.;]{0,50}?\\s+of\\s+)?"
            + "(?:[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)?\\s*(?:,|and)\\s+)*$");
    private static final Pattern NAME_CONTINUES = Pattern.compile("^\\s+(?!Oblast|Region|Province|Island|River|Sea|Raion|District)[A-Z][a-z]");
    private static final Pattern WRONG_FEATURE = Pattern.compile("^\\s+(?:Sea|River|Island|Oblast|Region)\\b");
    private static final Pattern PART_OF_NAME_BEFORE = Pattern.compile("[A-Za-z]-$");
    private static final WordStartPattern LOCATIVE = WordStartPattern.compile("(?i)\\b(?:in|on|at|across|inside|into|near|off)\\s+(?:the\\s+)?$");

    private MetonymFilter() {
    }

    /** True when the mention, in {@code text}, is not a place where something happened. */
    static boolean isNotEventPlace(String text, PlaceMention mention) {
        String written = mention.text().toLowerCase(Locale.ROOT);
        String name = mention.place().name().toLowerCase(Locale.ROOT);
        if (SEATS_OF_POWER.contains(written) || SEATS_OF_POWER.contains(name)) {
            return true;
        }
        String before = text.substring(Math.max(0, mention.start() - 120), mention.start());
        String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 60));
        WordStarts beforeWords = WordStarts.of(before);
        // The patterns on what follows are anchored with ^: lookingAt() is their find() without the futile tries.
        if (mention.place().kind() == PlaceKind.COUNTRY) {
            if (WHOLE_BELLIGERENTS.contains(mention.place().countryCode())) {
                return true;
            }
            if (!LOCATIVE.foundIn(beforeWords)) {
                return true;
            }
        }
        if (ACTOR_POSSESSIVE.matcher(after).lookingAt()) {
            return true;
        }
        if (SPEAKER.matcher(after).lookingAt() && !PRECEDING_PREPOSITION.foundIn(beforeWords)) {
            return true;
        }
        if (OFFICIALS_IN.foundIn(beforeWords)) {
            return true;
        }
        if (WRONG_FEATURE.matcher(after).lookingAt() && mention.place().kind() == PlaceKind.SETTLEMENT) {
            return true; // "Azov Sea" read as the town of Azov
        }
        if (hasApostrophe(mention.text()) && mention.text().matches(".*['’][a-z]{1,2}")
                || before.indexOf('-') >= 0 && PART_OF_NAME_BEFORE.matcher(before).find()) {
            return true; // "I’ve", "Cranny-Evans"
        }
        return NAME_CONTINUES.matcher(after).lookingAt();
    }

    private static boolean hasApostrophe(String written) {
        return written.indexOf('\'') >= 0 || written.indexOf('’') >= 0;
    }
}
