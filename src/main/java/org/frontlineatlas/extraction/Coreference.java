package org.frontlineatlas.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import org.frontlineatlas.gazetteer.Place;
import org.frontlineatlas.gazetteer.PlaceKind;
import org.frontlineatlas.gazetteer.PlaceMention;

/**
 * "The village", "the town", "the city", "the settlement" refer back to the last settlement named
 * before them whose size fits the word (a village is not Kharkiv; a city is not a hamlet), so that
 * "Russian troops entered the village" is pinned where the article said the village is.
 */
final class Coreference {

    private static final WordStartPattern ANAPHOR = WordStartPattern.compile(
            "\\b[Tt]he (village|town|city|settlement)\\b(?!\\s+(?:of(?!\\s+(?:about|some|around|nearly|over|more\\s+than|\\d))|council|hall|authorities"
                    + "|administration)\\b)"); // "the city of about 480,000 people" is the city
    /** Further back than this, a reader no longer links the phrase to the name. */
    private static final int MAX_BACK = 1500;

    private Coreference() {}

    /** True for a mention that {@link #withAnaphors} added ("the village" standing for a name). */
    static boolean isAnaphor(PlaceMention mention) {
        return ANAPHOR.pattern().matcher(mention.text()).matches();
    }

    /** {@code mentions} (in text order) plus one mention per resolved anaphor, in text order. */
    static List<PlaceMention> withAnaphors(String text, List<PlaceMention> mentions) {
        if (mentions.isEmpty() || text.indexOf("he ") < 0) {
            return mentions;
        }
        List<PlaceMention> out = null;
        PlaceMention topic = null; // the last "The city ..." opening a sentence, resolved
        WordStartPattern.Finder found = ANAPHOR.finder(WordStarts.of(text)); // word starts only, not every character
        while (found.find()) {
            Matcher m = found.match();
            PlaceMention antecedent = topic != null && continuesTopic(text, mentions, topic, m)
                    ? topic
                    : antecedent(text, mentions, m.start(), m.group(1).toLowerCase(Locale.ROOT));
            if (antecedent != null && text.charAt(m.start()) == 'T') {
                topic = new PlaceMention(antecedent.place(), m.group(), m.start(), m.end(), antecedent.confidence());
            }
            if (antecedent != null) {
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                out.add(new PlaceMention(antecedent.place(), m.group(), m.start(), m.end(), antecedent.confidence()));
            }
        }
        if (out == null) {
            return mentions;
        }
        out.sort(Comparator.comparingInt(PlaceMention::start));
        return out;
    }

    private static PlaceMention antecedent(String text, List<PlaceMention> mentions, int at, String word) {
        // A place last named as an actor ("Moscow said it had hit ...") is not what "the city" after it means,
        // even where an earlier sentence named it plainly: the reader's last picture of it is the actor.
        List<String> actors = null;
        for (int i = mentions.size() - 1; i >= 0; i--) {
            PlaceMention candidate = mentions.get(i);
            if (candidate.end() > at) {
                continue;
            }
            if (at - candidate.end() > MAX_BACK) {
                return null;
            }
            Place place = candidate.place();
            if (place.kind() != PlaceKind.SETTLEMENT
                    || !fits(word, place.population())
                    || actors != null && actors.contains(place.id())) {
                continue;
            }
            if (RelativePlace.of(text, candidate)
                    .filter(RelativePlace.Offset::landmark)
                    .isPresent()) {
                continue; // "Chernihiv, which lies 145 km north of Kyiv": Kyiv only orients, the city is Chernihiv
            }
            boolean speakersPlace = SpeakersPlace.isSpeakersPlace(text, candidate);
            if (speakersPlace && sameSentence(text, candidate.end(), at)) {
                return candidate; // "In Kharkiv, the mayor said the city had been hit": the city spoken from
            }
            if (MetonymFilter.isNotEventPlace(text, candidate)
                    || QualifyingPlace.isQualifier(text, candidate)
                    || OffScene.namesRegionalAuthority(text, candidate)
                    || Venue.isVenue(text, candidate) // "as talks opened in Istanbul": the city is the one struck
                    || speakersPlace) {
                if (actors == null) {
                    actors = new ArrayList<>(2);
                }
                actors.add(place.id());
                continue;
            }
            return candidate;
        }
        return null;
    }

    /**
     * "The city, the last obstacle on the road to Odesa, has been shelled. ... the city's districts": a
     * sentence opened by "The city" is about it; a place named inside that sentence does not take the
     * next "the city" of the paragraph from it.
     */
    private static boolean continuesTopic(String text, List<PlaceMention> mentions, PlaceMention topic, Matcher next) {
        if (!topic.text().substring(4).equalsIgnoreCase(next.group(1))
                || text.substring(topic.end(), next.start()).contains("\n")) {
            return false;
        }
        int topicSentenceEnd = topic.end();
        while (topicSentenceEnd < next.start() && !sameSentenceEnd(text.charAt(topicSentenceEnd))) {
            topicSentenceEnd++;
        }
        for (PlaceMention between : mentions) {
            if (between.start() > topicSentenceEnd && between.end() <= next.start()) {
                return false; // a place named after the topic's sentence is a new candidate
            }
        }
        return true;
    }

    private static boolean sameSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == ';';
    }

    private static boolean sameSentence(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '\n' || c == '!' || c == '?' || c == ';') {
                return false;
            }
        }
        return true;
    }

    /** Whether a settlement of this population is called so; an unknown population (0) fits all. */
    static boolean fits(String word, long population) {
        if (population <= 0) {
            return true;
        }
        return switch (word) {
            case "village" -> population < 10_000;
            case "settlement" -> population < 20_000;
            case "town" -> population < 400_000;
            default -> population >= 10_000; // city
        };
    }
}
