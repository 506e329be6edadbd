package org.frontlineatlas.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Generates front-line reports for benchmarks from templates written for this project (not from any
 * real article): a headline, a dateline and paragraphs of events, quotes and background, about 5 KB
 * each by default. Deterministic for a given seed.
 */
public final class SyntheticArticles {

    private static final List<String> TOWNS = List.of(
            "Kharkiv",
            "Bakhmut",
            "Avdiivka",
            "Kupiansk",
            "Izium",
            "Lyman",
            "Sloviansk",
            "Kramatorsk",
            "Pokrovsk",
            "Vuhledar",
            "Orikhiv",
            "Robotyne",
            "Kherson",
            "Mykolaiv",
            "Odesa",
            "Zaporizhzhia",
            "Dnipro",
            "Sumy",
            "Chernihiv",
            "Vovchansk",
            "Toretsk",
            "Chasiv Yar",
            "Marinka",
            "Huliaipole",
            "Nikopol",
            "Kostiantynivka",
            "Siversk",
            "Bilohorivka",
            "Tokmak",
            "Melitopol");
    private static final List<String> REGIONS = List.of(
            "Kharkiv region",
            "Donetsk region",
            "Zaporizhzhia region",
            "Kherson region",
            "Sumy region",
            "Luhansk region");
    private static final List<String> WHEN = List.of(
            "yesterday",
            "on Monday",
            "on Tuesday",
            "last night",
            "overnight",
            "on Saturday",
            "earlier this week",
            "last week",
            "today",
            "on 3 March",
            "in April");

    private static final List<String> EVENTS = List.of(
            "Artillery units struck positions on the edge of %s %s, the regional governor wrote on social media.",
            "Rescue crews worked through the night after a missile hit a warehouse in %s %s.",
            "Soldiers reported that their brigade moved forward about two kilometres south of %s %s.",
            "The general staff said its units had retaken a row of trenches outside %s %s.",
            "Local officials organised buses to evacuate families from %s %s as the fighting came closer.",
            "Drone debris damaged a school and several houses in %s %s, with three people hurt.",
            "Troops pulled back from exposed positions near %s %s to avoid encirclement.",
            "Heavy fighting continued around %s %s, according to the daily military summary.",
            "A convoy carrying food and medicine reached %s %s after days of delay.",
            "Shelling cut power to thousands of homes in %s %s, the utility company said.");
    private static final List<String> FILLER = List.of(
            "Analysts cautioned that both armies are short of trained infantry and that the pace of operations is slowing.",
            "A volunteer who delivers water to the front described roads cratered by months of bombardment.",
            "The statement could not be checked independently, and neither side published figures for its own losses.",
            "Residents queued at a pharmacy that reopened after repairs, while sirens sounded twice in the afternoon.",
            "Military commentators said the coming weeks of dry weather would favour armoured movement.",
            "Engineers have been laying new lines of obstacles and minefields along the approaches to the river.",
            "\u201cWe sleep in the corridor now, away from the windows,\u201d said a teacher who stayed behind.",
            "Officials in the capital said talks on further air-defence deliveries would continue next month.");

    private SyntheticArticles() {}

    /** One article of roughly {@code targetChars} characters. */
    public static String article(long seed, int targetChars) {
        Random random = new Random(seed);
        LocalDate published = LocalDate.of(2022, 3, 1).plusDays(random.nextInt(900));
        StringBuilder sb = new StringBuilder();
        String town = pick(random, TOWNS);
        sb.append("Front-line update: pressure builds around ").append(town).append("\n\n");
        sb.append("Published: ").append(published).append("\n\n");
        while (sb.length() < targetChars) {
            for (int i = 0; i < 3 && sb.length() < targetChars; i++) {
                String place = random.nextInt(6) == 0 ? pick(random, REGIONS) : pick(random, TOWNS);
                String when = pick(random, WHEN);
                sb.append(String.format(pick(random, EVENTS), place, when)).append(' ');
            }
            sb.append(pick(random, FILLER)).append("\n\n");
        }
        return sb.toString();
    }

    /** {@code count} articles with consecutive seeds. */
    public static List<String> articles(long firstSeed, int count, int targetChars) {
        return java.util.stream.LongStream.range(firstSeed, firstSeed + count)
                .mapToObj(seed -> article(seed, targetChars))
                .toList();
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
