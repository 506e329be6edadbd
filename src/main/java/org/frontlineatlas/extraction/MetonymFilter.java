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

    private static final Set<String> SEATS_OF_POWER = Set.of(
            "kremlin",
            "white house",
            "pentagon",
            "downing street",
            "elysee",
            "élysée",
            "bankova",
            "whitehall",
            "capitol hill",
            "the kremlin");
    private static final Set<String> CONTINENTS = Set.of(
            "europe",
            "asia",
            "africa",
            "north america",
            "south america",
            "latin america",
            "australia",
            "antarctica",
            "eurasia",
            "the middle east",
            "middle east");
    /** "Robotyne lies 10 km south of Orikhiv": the subject of a description of where it is. */
    private static final Pattern DESCRIBED =
            Pattern.compile("^\\s+(?:lies|lay|sits|is located|was located|is situated|stands)\\b");

    private static final Set<String> WHOLE_BELLIGERENTS = Set.of("UA", "RU");

    private static final Pattern ACTOR_POSSESSIVE = Pattern.compile(
            "(?i)^['’]s?\\s+(?:own\\s+|most\\s+\\w+\\s+|[a-z]+\\s+)?(?:forces|troops|army|military|partners|supporters|friends"
                    + "|leadership|commanders|generals|negotiators|delegation|diplomats|allies|backers|western|european|requests?|calls?|appeals?"
                    + "|government|ministry|officials|president|leader\\w*|invasion|war|fight|backers|allies|defen[cs]e|reserves|soldiers|units"
                    + "|attempt|aggression|foreign|armed|staging|regime|position|decision|offensive|counter-?offensive|efforts?|side"
                    + "|intelligence|mps|parliament|authorities|envoy|spokes\\w+|\\w+ minister|\\w+ forces|most|elite|plan|strategy)\\b");
    private static final Pattern SPEAKER = Pattern.compile(
            "(?i)^\\s+(?:has\\s+|have\\s+|had\\s+|also\\s+)?(?:(?:repeatedly|consistently|always|long|previously|publicly|flatly|strongly)\\s+)?(?:said|says|say|claims?|claimed"
                    + "|stressed|believes?|announced|warned|insisted|denied|confirmed|accused|wants?|expects?|reported|stated|argued"
                    + "|asserted|insists|told|urged|called|demanded|responded|rejected|agreed|signed|pledged|promised|vowed|threatened"
                    + "|hopes|fears|sees|considers|welcomed|condemned|is\\s+keen|has\\s+made\\s+clear"
                    + "|(?:was|is|has\\s+been)\\s+(?:aiming|trying|seeking|planning|hoping)"
                    + "|denies|accuses|blame[ds]?|offered|offers|rejects|refused|refuses|declined|declines|dismissed|dismisses|retaliated|retaliates"
                    + "|responds|maintains|acknowledged|admitted|conceded|sanctioned|imposed|summoned|expelled\\s+(?:the\\s+)?\\w*\\s*(?:diplomats?|envoy|ambassador)"
                    + "|(?:will|would|could|should|must|can|may|might|has|have|had|did|does)\\s+(?:not\\s+|also\\s+|now\\s+|yet\\s+to\\s+|never\\s+)?"
                    + "(?:send|sent|supply|supplied|provide|provided|impose|imposed|respond|responded|retaliate|retaliated|ask|asked"
                    + "|seek|sought|demand|demanded|insist|insisted|deny|denied|accuse|accused|blame|blamed|reject|rejected|refuse|refused"
                    + "|decline|declined|negotiate|agree|agreed|consider|considered|want|wanted|need|needed|expect|expected|announce|announced"
                    + "|sign|signed|approve|approved|deliver|delivered|pledge|pledged|promise|promised|vow|vowed|warn|warned|say|said"
                    + "|claim|claimed|call|called|urge|urged|comment\\w*|confirm|confirmed|acknowledge\\w*|recogni[sz]e\\w*|allow|allowed|accept|accepted))\\b");
    /** A title or role before a name: "General Shevchenko", "spokesman Dmytro Lykhovyi", "Governor Syniehubov". */
    private static final WordStartPattern TITLE_BEFORE = WordStartPattern.compile(
            "(?:\\b(?:General|Gen\\.|Colonel|Col\\.|Lieutenant|Lt\\.|Major|Maj\\.|Sergeant|Sgt\\.|Captain|Capt\\."
                    + "|Admiral|Marshal|Commander|Governor|Gov\\.|Mayor|President|Prime Minister|Minister|Senator|Sen\\.|Rep\\.|Mr\\.?|Mrs\\.?|Ms\\.?|Dr\\.?"
                    + "|Patriarch|Metropolitan|Father|Judge)|\\b(?:general|colonel|commander|governor|mayor|spokes(?:man|woman|person)|minister|president|chief"
                    + "|head|envoy|ambassador|lawmaker|MP|deputy|adviser|advisor|analyst|blogger|correspondent|reporter|journalist|officer|soldier|sergeant)"
                    + "(?:\\s+of\\s+[^,.;]{1,40},)?)\\s+(?:[A-Z][a-z'’-]+\\s+){0,2}$");
    /** "Oleksandr Shevchenko said", "Ivan Pobeda, a local official,": a given name, then the place's name. */
    private static final WordStartPattern GIVEN_NAME_BEFORE =
            WordStartPattern.compile("\\b([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?)\\s$");

    private static final Pattern PERSON_AFTER =
            Pattern.compile("^(?:\\s*,\\s*(?:a|an|the|who|whose|aged|\\d)|\\s+(?:said|says|told|added|wrote|noted"
                    + "|explained|stated|reported|posted|recalled|insisted|warned|claimed|confirmed|denied))\\b");
    /** Capitalised words before a place that are not given names. */
    private static final Set<String> NOT_GIVEN_NAMES = Set.of(
            "In",
            "Near",
            "Outside",
            "Around",
            "From",
            "To",
            "At",
            "On",
            "Of",
            "And",
            "But",
            "The",
            "For",
            "With",
            "Towards",
            "Toward",
            "Into",
            "Over",
            "Under",
            "Across",
            "Beyond",
            "Inside",
            "Both",
            "Only",
            "North",
            "South",
            "East",
            "West",
            "Northern",
            "Southern",
            "Eastern",
            "Western",
            "Central",
            "Russian",
            "Ukrainian",
            "Occupied",
            "Liberated",
            "Greater",
            "Upper",
            "Lower",
            "New",
            "Old",
            "Nova",
            "Stara",
            "Velyka",
            "Mala",
            "Novyi",
            "Staryi",
            "Lake",
            "Mount",
            "Saint",
            "Port",
            "Cape",
            "Fort",
            "Oblast",
            "Region",
            "District",
            "Raion",
            "While",
            "When",
            "After",
            "Before",
            "Like",
            "Unlike",
            "Recaptured",
            "Captured",
            "Besieged",
            "Embattled",
            "Frontline",
            "Nearby",
            "Neighbouring",
            "Neighboring",
            "Coastal",
            "Destroyed",
            "Ruined",
            "Shelled",
            "Battered",
            "Strategic",
            "Key",
            "Tiny",
            "Small",
            "Including",
            "Via",
            "By",
            "As",
            "Than",
            "Between",
            "Along",
            "Beside",
            "Behind",
            "Past",
            "Since",
            "Until");

    private static final WordStartPattern PRECEDING_PREPOSITION = WordStartPattern.compile(
            "(?i)\\b(?:of|from|in|at|on|to|near|around|into|over|towards?|outside)\\s+(?:the\\s+)?$");
    private static final WordStartPattern OFFICIALS_IN =
            WordStartPattern.compile("(?i)\\b(?:officials|authorities|leaders|diplomats|government|sources"
                    + "|lawmakers|politicians|spokes\\w+|ministers?|analysts|experts|warnings?|criticism|condemnation|pressure|protests?|partners|allies|backers"
                    + "|calls|appeals|objections|reactions?|statements?|envoys?)\\s+(?:in|from)\\s+(?:the\\s+[^,.;]{0,50}?\\s+of\\s+)?"
                    + "(?:[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)?\\s*(?:,|and)\\s+)*$");
    private static final Pattern NAME_CONTINUES =
            Pattern.compile("^\\s+(?!Oblast|Region|Province|Island|River|Sea|Raion|District)[A-Z][a-z]");
    /** A formation named after a place: "its Vostok group", "the Dnipro grouping of forces", "Lugansk militia officers". */
    private static final Pattern FORMATION_AFTER = Pattern.compile(
            "^\\s+(?:group|grouping|battle\\s?group|task\\s+force|operational\\s+group|militias?|separatists|battalion|brigade|regiment)\\b");
    /** A prospect, not an event: "opens the way toward X", "opened the road north to X". */
    private static final WordStartPattern PROSPECT_BEFORE = WordStartPattern.compile(
            "(?i)\\bopen(?:s|ed|ing)?\\s+(?:up\\s+)?the\\s+(?:way|road|path|route)\\b[^.;]{0,100}$");
    /** Where people are taken to is not where it happened: "buses were taking them to Mykolaiv and Odesa". */
    private static final WordStartPattern DESTINATION_BEFORE =
            WordStartPattern.compile("(?i)\\b(?:tak(?:e|es|en|ing)|took|bring(?:s|ing)?|brought"
                    + "|mov(?:e|es|ed|ing)|carr(?:y|ies|ied|ying)|sen[dt]|sending|bus(?:s?ed|s?ing)|relocat\\w+|driven|flown)\\b[^.;]{0,50}?\\bto\\s+"
                    + "(?:[A-Z][\\w'’-]+\\s*(?:,|and|or)\\s+)*$");
    /** "Robotyne on the Zaporizhzhia front": the front locates the place just named, it is not a second event place. */
    private static final Pattern PLACE_ON_THE_BEFORE =
            Pattern.compile("\\b[A-Z][\\w'’-]+\\s+(?:on|along|in)\\s+the\\s+$");

    private static final Pattern FRONT_SECTOR = Pattern.compile("(?i).*\\b(?:front|direction|axis|sector)$");
    /** A purpose, not a place where it happened: "regrouped to strengthen the Donetsk front". */
    private static final WordStartPattern PURPOSE_BEFORE =
            WordStartPattern.compile("(?i)\\bto\\s+(?:strengthen|reinforce|bolster|shore\\s+up)\\s+(?:the\\s+)?$");
    /** A line held, not an event: "consolidating along a line running through Orlivka, Tonenke and Berdychi". */
    private static final WordStartPattern LINE_THROUGH_BEFORE =
            WordStartPattern.compile("(?i)\\blines?\\s+(?:running\\s+|that\\s+runs\\s+|stretching\\s+)?"
                    + "(?:through|between)\\s+(?:[A-Z][\\w'’-]+\\s*(?:,|and)\\s+)*$");

    private static final Pattern WRONG_FEATURE = Pattern.compile("^\\s+(?:Sea|River|Island|Oblast|Region)\\b");
    private static final Pattern PART_OF_NAME_BEFORE = Pattern.compile("[A-Za-z]-$");
    private static final WordStartPattern LOCATIVE =
            WordStartPattern.compile("(?i)\\b(?:in|on|at|across|inside|into|near|off)\\s+(?:the\\s+)?$");

    private MetonymFilter() {}

    /** True when the mention, in {@code text}, is not a place where something happened. */
    static boolean isNotEventPlace(String text, PlaceMention mention) {
        String written = mention.text().toLowerCase(Locale.ROOT);
        String name = mention.place().name().toLowerCase(Locale.ROOT);
        if (SEATS_OF_POWER.contains(written) || SEATS_OF_POWER.contains(name) || CONTINENTS.contains(name)) {
            return true; // a continent is context, never where something happened
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
        if (FORMATION_AFTER.matcher(after).lookingAt()
                || PROSPECT_BEFORE.foundIn(beforeWords)
                || DESTINATION_BEFORE.foundIn(beforeWords)
                || PURPOSE_BEFORE.foundIn(beforeWords)
                || LINE_THROUGH_BEFORE.foundIn(beforeWords)) {
            return true;
        }
        if (FRONT_SECTOR.matcher(mention.text()).matches()
                && PLACE_ON_THE_BEFORE.matcher(before).find()) {
            return true;
        }
        if (DESCRIBED.matcher(after).lookingAt()) {
            return true;
        }
        if (isPerson(before, after, mention)) {
            return true;
        }
        if (OFFICIALS_IN.foundIn(beforeWords)) {
            return true;
        }
        if (WRONG_FEATURE.matcher(after).lookingAt() && mention.place().kind() == PlaceKind.SETTLEMENT) {
            return true; // "Azov Sea" read as the town of Azov
        }
        if (hasApostrophe(mention.text()) && mention.text().matches(".*['’][a-z]{1,2}")
                || before.indexOf('-') >= 0
                        && PART_OF_NAME_BEFORE.matcher(before).find()) {
            return true; // "I’ve", "Cranny-Evans"
        }
        return NAME_CONTINUES.matcher(after).lookingAt();
    }

    /**
     * A surname that is also a village: after a title ("General X"), or after a given name when what
     * follows is what follows people ("Ivan X said", "Ivan X, a local official"). Only smaller places:
     * nobody's surname is read as Kharkiv.
     */
    static boolean isPerson(String before, String after, PlaceMention mention) {
        if (mention.place().kind() != PlaceKind.SETTLEMENT || mention.place().population() >= 100_000) {
            return false;
        }
        String near = before.substring(Math.max(0, before.length() - 60));
        WordStarts words = WordStarts.of(near); // both patterns tried at word starts only
        if (TITLE_BEFORE.foundIn(words)) {
            return true;
        }
        WordStartPattern.Finder given = GIVEN_NAME_BEFORE.finder(words);
        return given.find()
                && !NOT_GIVEN_NAMES.contains(given.match().group(1))
                && PERSON_AFTER.matcher(after).lookingAt();
    }

    private static boolean hasApostrophe(String written) {
        return written.indexOf('\'') >= 0 || written.indexOf('’') >= 0;
    }
}
