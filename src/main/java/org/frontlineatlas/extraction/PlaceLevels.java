package org.frontlineatlas.extraction;

import java.util.List;
import java.util.regex.Pattern;
import org.frontlineatlas.gazetteer.Geo;
import org.frontlineatlas.gazetteer.PlaceKind;
import org.frontlineatlas.gazetteer.PlaceMention;

/**
 * Levels of place within one sentence: a district (raion) that frames a town or village inside it ("In the
 * Bakhmut district, a guided bomb damaged homes in Siversk") only says where the town is, as a region does;
 * a town named for a front sector ("on the Pokrovsk direction", "the Kursk axis") is the sector's namesake,
 * not the scene itself.
 */
final class PlaceLevels {

    /** Districts have a point, not an outline: a settlement this close and in the same oblast lies inside. */
    private static final double DISTRICT_REACH_KM = 70;

    /** Right after the name: "Pokrovsk direction", "Kupiansk axis", "Kurakhove front", "Orikhiv sector". */
    private static final Pattern SECTOR_AFTER =
            Pattern.compile("^[ \\t]+(?:direction|axis|axes|front|sector|salient)\\b", Pattern.CASE_INSENSITIVE);

    private PlaceLevels() {}

    /** A settlement's name used for the front sector around it: the pin is near the town, not in it. */
    static boolean namesFrontSector(String text, PlaceMention mention) {
        return mention.place().kind() == PlaceKind.SETTLEMENT
                && SECTOR_AFTER
                        .matcher(text)
                        .region(mention.end(), Math.min(text.length(), mention.end() + 12))
                        .lookingAt();
    }

    /** Drops the districts of a sentence that also names a settlement inside them. */
    static void dropDistrictsNamedWithTheirPlaces(List<PlaceMention> places) {
        if (places.size() < 2) {
            return;
        }
        places.removeIf(district -> district.place().kind() == PlaceKind.DISTRICT
                && places.stream().anyMatch(inner -> inside(inner, district)));
    }

    private static boolean inside(PlaceMention inner, PlaceMention district) {
        var d = district.place();
        var p = inner.place();
        return p.kind() == PlaceKind.SETTLEMENT
                && !d.admin1().isEmpty()
                && EventMerger.sameRegion(d.admin1(), p.admin1())
                && Geo.km(d.latitude(), d.longitude(), p.latitude(), p.longitude()) <= DISTRICT_REACH_KM;
    }
}
