package org.frontlineatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.frontlineatlas.gazetteer.PlaceKind;
import org.frontlineatlas.gazetteer.PlaceMention;
import org.frontlineatlas.gazetteer.PlaceTagger;

/**
 * The mentions of one sentence that can be the scene of its event: no metonyms, no places that only
 * describe or locate another ("X, a town between A and B"), none off the scene (datelines, speakers),
 * no region when a place inside it is named, no river located by the town after it.
 */
final class EventPlaces {

    private static final Pattern QUALIFIER_OF_NEXT = Pattern.compile("^['’]s\\s+(?:[\\w-]+\\s+){0,2}$");
    /** "bridges over the Seym river in the Glushkovo district": the place after the river is the pin. */
    private static final Pattern RIVER_LOCATED_BY = Pattern.compile(
            "\\s+(?:[Rr]iver\\s+)?(?:in|near|at|by)\\s+(?:the\\s+)?(?:(?:village|town|city)\\s+of\\s+)?");
    /** "between Toretsk and Russian-held Horlivka": the second of a pair that locates the place described. */
    private static final Pattern PAIR_AFTER = Pattern.compile("^\\s*(?:,\\s*)?(?:and|or)\\s+(?:[\\w-]+\\s+)?$");

    private EventPlaces() {}

    static List<PlaceMention> of(String text, List<PlaceMention> mentions, PlaceTagger tagger) {
        List<PlaceMention> places = candidates(text, mentions);
        places.removeIf(m -> OffScene.isOffScene(text, m, tagger.isNationalCapital(m.place())));
        if (places.stream().anyMatch(m -> !OffScene.isAuthority(text, m))) {
            places.removeIf(m -> OffScene.isAuthority(text, m));
        }
        dropRegionsNamedWithTheirPlaces(places);
        PlaceLevels.dropDistrictsNamedWithTheirPlaces(places);
        places.removeIf(river -> river.place().kind() == PlaceKind.RIVER
                && places.stream()
                        .anyMatch(inner -> inner.start() > river.end()
                                && inner.start() - river.end() < 40
                                && RIVER_LOCATED_BY
                                        .matcher(text)
                                        .region(river.end(), inner.start())
                                        .matches()));
        return places;
    }

    /** Mentions that can be event places: no metonyms, no "Mariupol's" when "Azovstal" follows. */
    private static List<PlaceMention> candidates(String text, List<PlaceMention> mentions) {
        List<PlaceMention> places = new ArrayList<>();
        boolean previousDescribes = false;
        for (int i = 0; i < mentions.size(); i++) {
            PlaceMention m = mentions.get(i);
            boolean describes = i > 0
                    && (Apposition.describesPrevious(text, mentions.get(i - 1), m)
                            || previousDescribes && pairedWithPrevious(text, mentions.get(i - 1), m));
            previousDescribes = describes;
            if (describes || MetonymFilter.isNotEventPlace(text, m) || QualifyingPlace.isQualifier(text, m)) {
                continue;
            }
            if (i + 1 < mentions.size()) {
                PlaceMention following = mentions.get(i + 1);
                if (following.start() > m.end()
                        && QUALIFIER_OF_NEXT
                                .matcher(text.substring(m.end(), following.start()))
                                .matches()) {
                    continue; // "Germany's Baltic Sea coast": the more specific place follows
                }
            }
            places.add(m);
        }
        return places;
    }

    private static boolean pairedWithPrevious(String text, PlaceMention previous, PlaceMention mention) {
        return previous.end() < mention.start()
                && mention.start() - previous.end() < 25
                && PAIR_AFTER
                        .matcher(text)
                        .region(previous.end(), mention.start())
                        .matches();
    }

    /**
     * "Fighting reached the outskirts of Sudzha in the Kursk region": the region only says where the
     * town is. A region is the scene only when its sentence names no place inside it.
     */
    private static void dropRegionsNamedWithTheirPlaces(List<PlaceMention> places) {
        if (places.size() < 2) {
            return;
        }
        places.removeIf(region -> region.place().kind() == PlaceKind.REGION
                && places.stream()
                        .anyMatch(inner -> inner.place().kind() != PlaceKind.REGION
                                && inner.place().kind() != PlaceKind.COUNTRY
                                && EventMerger.sameRegion(
                                        region.place().name(), inner.place().admin1())));
    }
}
