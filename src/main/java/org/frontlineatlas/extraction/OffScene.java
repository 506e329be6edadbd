package org.frontlineatlas.extraction;

import java.util.regex.Pattern;
import org.frontlineatlas.gazetteer.PlaceKind;
import org.frontlineatlas.gazetteer.PlaceMention;

/**
 * Place mentions that are real places but not the scene of what the sentence reports: the dateline a
 * wire story is filed from, a capital acting as its government ("as Kyiv widened its campaign",
 * "Moscow has ruled out talks"), where a reaction was felt ("drawing criticism in Kyiv"), where
 * missiles were launched from ("fired from a submarine in the Black Sea"), a sea naming the port that
 * follows ("the Black Sea port of Tuapse"), the region or city whose authority speaks ("the Cherkasy
 * regional governor"), where something was said ("told reporters in Moscow") and where evacuees were
 * taken ("evacuated towards Kursk") or where people came from ("they were from the Belgorod region").
 * Unlike {@link MetonymFilter} these mentions still name a place a later "the city" may refer back to.
 */
final class OffScene {

    /** "MOSCOW, March 13 (Reuters) -", "KYIV/MOSCOW —", "ODESSA (Ukraine) (AFP) -", "KURSK REGION, Russia —". */
    private static final Pattern DATELINE = Pattern.compile("^[ \\t]*[A-Z][A-Z'’.-]+(?:[ /-]+[A-Z][A-Z'’.-]+)*"
            + "(?:,[ \\t]*[A-Z][A-Za-z.]+(?:[ \\t][A-Z][A-Za-z.]+)*)?(?:,[ \\t]*[A-Z][a-z]{2,8}\\.?[ \\t]\\d{1,2})?"
            + "[ \\t]*(?:\\([^)\\n]{1,30}\\)[ \\t]*)*(?:[—–]|--?)[ \\t]");

    private static final Pattern HEADING_AFTER = Pattern.compile("(?i)\\s+(?:direction|axis|front|sector)\\s*:");
    private static final Pattern HEADING_NAME = Pattern.compile("(?i).*\\b(?:direction|axis|front|sector)");
    /** Before a capital: it is the scene when the text says something happened in, on, over or to it. */
    private static final WordStartPattern SCENE_CUE_BEFORE =
            WordStartPattern.compile("(?i)\\b(?:in|on|at|over|above|near|outside"
                    + "|around|across|into|towards?|against|targeting|targeted|targets?|struck|strikes?|hit|hitting|attacked|attacking|shelled|shelling"
                    + "|bombed|bombing|pounded|of|from)\\s+(?:the\\s+)?(?:(?:Ukrainian|Russian|Belarusian|US|American)\\s+)?"
                    + "(?:capital|city)?[,\\s]*$");
    /** A list before the capital: "on Kharkiv, Odesa and Kyiv" is read from its first item. */
    private static final Pattern LIST_BEFORE =
            Pattern.compile("(?:[A-Z][\\w'’-]+(?:\\s+[A-Z][\\w'’-]+)?\\s*(?:,|\\band\\b|\\bor\\b)\\s*)+$");
    /** After a capital: "Kyiv was hit", "Kyiv came under attack", "Kyiv's Darnytskyi district". */
    private static final Pattern SCENE_CUE_AFTER =
            Pattern.compile("^(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+)[A-Z][\\w'’-]+)*"
                    + "(?:\\s+(?:itself|also|again|too|once\\s+again|overnight|early|briefly)\\b){0,2}"
                    + "(?:\\s+(?:was|were|is|are|has\\s+been|have\\s+been|had\\s+been|came|comes|woke|suffered|endured|shook|shuddered|heard|saw)\\b"
                    + "|['’]s\\s+(?:[A-Z][\\w'’-]+\\s+(?:district|raion|neighbourhood|neighborhood|suburb|area)|(?:central\\s+|eastern\\s+|western\\s+"
                    + "|northern\\s+|southern\\s+)?(?:suburbs?|outskirts|districts?|centre|center|streets|residents|outskirts|metro|airports?|skies|sky"
                    + "|residential|apartment|power|energy|infrastructure))"
                    + "|\\s+(?:residents|suburbs?|outskirts|metro|airport|skies)\\b)");
    /** "drawing criticism in Kyiv", "outrage in Warsaw": a reaction is felt there, nothing happened there. */
    private static final WordStartPattern REACTION_BEFORE =
            WordStartPattern.compile("(?i)\\b(?:criticism|anger|outrage|alarm|concern|dismay"
                    + "|fury|condemnation|praise|relief|jubilation|scepticism|skepticism|unease|frustration|irritation|consternation"
                    + "|disappointment|indignation|satisfaction)\\s+(?:\\w+\\s+){0,2}(?:in|from)\\s+(?:the\\s+)?$");
    /** "fired from a submarine in the Black Sea", "bombers flying over the Caspian Sea", "launched from Belgorod". */
    private static final WordStartPattern LAUNCHED_FROM_BEFORE = WordStartPattern.compile(
            "(?i)\\b(?:fired|launched|launching|flying|flew"
                    + "|took\\s+off|taking\\s+off|based)\\s+(?:on\\s+|out\\s+|off\\s+)?(?:from|over|in)\\s+(?:(?!\\b(?:at|on|towards?|against|into|hit|struck|targeting)\\b)[^.;,]){0,45}$");
    /** "a village that Moscow calls Novgorodskoye", "also written as New York": another name, not another place. */
    private static final WordStartPattern ALIAS_BEFORE = WordStartPattern.compile(
            "(?i)\\b(?:calls?|called|known\\s+as|writes?\\s+as"
                    + "|written\\s+(?:in\\s+\\w+\\s+)?as|spelled|spelt|renamed|dubbed|nicknamed)\\s+(?:it\\s+)?(?:as\\s+)?$");
    /** "the strikes were retaliation for Ukrainian shelling of Belgorod": the grievance named, not the scene. */
    private static final WordStartPattern RETALIATION_BEFORE = WordStartPattern.compile(
            "(?i)\\b(?:retaliation|revenge|reprisals?|response|answer)\\s+(?:for|to)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,3}?"
                    + "(?:shelling|strikes?|attacks?|bombing|raids?)\\s+(?:of|on)\\s+(?:the\\s+)?$");
    /** "told reporters in Moscow", "speaking at a news conference in Washington". */
    private static final WordStartPattern SAID_IN_BEFORE = WordStartPattern.compile(
            "(?i)\\b(?:said|says|told\\s+\\w+|speaking|spoke|announced"
                    + "|briefing|news\\s+conference|press\\s+conference|interview|statement)\\s+(?:\\w+\\s+){0,3}?(?:in|from)\\s+(?:the\\s+)?$");
    /** "the Black Sea port of Tuapse", "Germany's Baltic Sea coast": the sea only qualifies what follows. */
    private static final Pattern SEA_AS_MODIFIER =
            Pattern.compile("(?i)^\\s+(?:port|ports|city|town|resort|fleet|naval|coast|coastline"
                    + "|shipping|grain|corridor|export|exports|peninsula|region|coastal|harbou?r)\\b");
    /** "the Cherkasy regional governor", "Belgorod governor Vyacheslav Gladkov", "Kharkiv mayor". */
    private static final Pattern AUTHORITY_AFTER = Pattern.compile(
            "(?i)^(?:['’]s)?\\s+(?:(?:regional|region's|oblast|city|local|military"
                    + "|district)\\s+){0,2}(?:governor|mayor|police|prosecutors?|administration|council|authorities|officials|head|chief|spokes\\w+)\\b");

    private static final Pattern REGIONAL_AUTHORITY_AFTER =
            Pattern.compile("(?i)^(?:['’]s)?\\s+(?:regional|region's|oblast|region)\\b" + "|^\\s+governor\\b");
    /** "governor of the Ryazan region", "the mayor of Mykolaiv". */
    private static final WordStartPattern AUTHORITY_BEFORE =
            WordStartPattern.compile("(?i)\\b(?:governor|mayor|head|chief|prosecutors?"
                    + "|police|administration)\\s+(?:of|in)\\s+(?:the\\s+)?$");
    /** "evacuated by bus towards Kursk", "carrying several hundred people west to Lviv": where they went. */
    private static final WordStartPattern DESTINATION_BEFORE =
            WordStartPattern.compile("(?i)\\b(?:to|towards?|into|for)\\s+(?:the\\s+)?"
                    + "(?:[A-Z][\\w-]+['’]s\\s+)?(?:(?:city|town|region|village)\\s+of\\s+)?(?:safer\\s+)?$");
    /** "the couple killed were from the Belgorod region", "natives of Mariupol": where people come from. */
    private static final WordStartPattern ORIGIN_BEFORE =
            WordStartPattern.compile("(?i)\\b(?:(?:were|was|is|are|came|come|comes|hailed|hail)"
                    + "\\s+(?:originally\\s+)?from|natives?\\s+of|born\\s+in)\\s+(?:the\\s+)?$");

    /** "across the reservoir from the nuclear plant", "on the border of the X and Y regions": the place only locates another. */
    private static final WordStartPattern LOCATOR_BEFORE =
            WordStartPattern.compile("(?i)\\b(?:(?:across|opposite|downstream|upstream)"
                    + "\\s+(?:the\\s+[a-z]+\\s+)?(?:from|of)|on\\s+the\\s+(?:border|boundary)\\s+(?:of|between))\\s+(?:the\\s+)?"
                    + "(?:\\w+['’]s\\s+)?$"); // "across the border from Russia's Bryansk region"
    /** "strikes on Sumy border towns": the towns along the border are the scene, not the city named first. */
    private static final Pattern BORDER_PLACES_AFTER =
            Pattern.compile("(?i)^\\s+(?:region['’]s\\s+|regional\\s+)?border\\s+(?:towns|villages|areas"
                    + "|communities|districts|settlements)\\b");

    private OffScene() {}

    /**
     * True when the mention, in {@code text}, is not the scene of what its sentence reports.
     * {@code capital}: the mention is a national capital, whose bare name often stands for its government.
     */
    static boolean isOffScene(String text, PlaceMention mention, boolean capital) {
        if (inDateline(text, mention) || isHeading(text, mention) || SpeakersPlace.isSpeakersPlace(text, mention)) {
            return true;
        }
        String before = text.substring(Math.max(0, mention.start() - 80), mention.start());
        String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 60));
        WordStarts beforeWords = WordStarts.of(before);
        if (REACTION_BEFORE.foundIn(beforeWords)
                || LAUNCHED_FROM_BEFORE.foundIn(beforeWords)
                || SAID_IN_BEFORE.foundIn(beforeWords)
                || ORIGIN_BEFORE.foundIn(beforeWords)
                || ALIAS_BEFORE.foundIn(beforeWords)
                || LOCATOR_BEFORE.foundIn(beforeWords)
                || RETALIATION_BEFORE.foundIn(beforeWords)
                || BORDER_PLACES_AFTER.matcher(after).lookingAt()) {
            return true;
        }
        if (mention.place().kind() == PlaceKind.SEA
                && SEA_AS_MODIFIER.matcher(after).lookingAt()) {
            return true;
        }
        return capital && mention.place().kind() == PlaceKind.SETTLEMENT && isActingCapital(before, after);
    }

    /** The region whose authority speaks is no antecedent of a later "the town": "the Cherkasy regional governor". */
    static boolean namesRegionalAuthority(String text, PlaceMention mention) {
        String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 30));
        return REGIONAL_AUTHORITY_AFTER.matcher(after).lookingAt();
    }

    /** A place evacuees were taken to: not where the evacuation happened. */
    static boolean isDestination(String text, PlaceMention mention) {
        String before = text.substring(Math.max(0, mention.start() - 30), mention.start());
        return DESTINATION_BEFORE.foundIn(WordStarts.of(before));
    }

    /** "Kupiansk direction:" at a line's start heads a section of an assessment; it reports nothing itself. */
    static boolean isHeading(String text, PlaceMention mention) {
        int lineStart = text.lastIndexOf('\n', mention.start() - 1) + 1;
        if (!text.substring(lineStart, mention.start()).isBlank()) {
            return false;
        }
        if (HEADING_NAME.matcher(mention.text()).matches()) {
            return text.startsWith(":", mention.end()) || text.startsWith(" :", mention.end());
        }
        return HEADING_AFTER
                .matcher(text)
                .region(mention.end(), Math.min(text.length(), mention.end() + 30))
                .lookingAt();
    }

    static boolean inDateline(String text, PlaceMention mention) {
        int lineStart = text.lastIndexOf('\n', mention.start() - 1) + 1;
        if (mention.start() - lineStart > 40) {
            return false;
        }
        var m = DATELINE.matcher(text).region(lineStart, Math.min(text.length(), lineStart + 120));
        return m.lookingAt() && m.end() >= mention.end();
    }

    /**
     * "Kharkiv mayor Ihor Terekhov said", "the governor of the Kursk region said": the place whose
     * authority speaks. It is the scene when the sentence names no other place, and only then.
     */
    static boolean isAuthority(String text, PlaceMention mention) {
        String after = text.substring(mention.end(), Math.min(text.length(), mention.end() + 60));
        if (AUTHORITY_AFTER.matcher(after).lookingAt()) {
            return true;
        }
        String before = text.substring(Math.max(0, mention.start() - 40), mention.start());
        return AUTHORITY_BEFORE.foundIn(WordStarts.of(before));
    }

    private static boolean isActingCapital(String before, String after) {
        if (SCENE_CUE_AFTER.matcher(after).lookingAt()) {
            return false;
        }
        String head = LIST_BEFORE.matcher(before).replaceFirst("");
        return !SCENE_CUE_BEFORE.foundIn(WordStarts.of(head));
    }
}
