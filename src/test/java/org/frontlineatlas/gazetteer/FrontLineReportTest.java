package org.frontlineatlas.gazetteer;

import static org.frontlineatlas.gazetteer.Expect.facility;
import static org.frontlineatlas.gazetteer.Expect.feature;
import static org.frontlineatlas.gazetteer.Expect.region;
import static org.frontlineatlas.gazetteer.Expect.settlement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A daily front-line summary of our own writing, in the style of the ISW and General Staff reports,
 * dense with small villages, look-alike names and non-places.
 */
class FrontLineReportTest {

    static final String REPORT = """
            Russian forces kept attacking along the Kupiansk-Svatove-Kreminna line. Footage shows an \
            advance northwest of Avdiivka near Berdychi and Orlivka, and assaults near Robotyne and Verbove \
            in western Zaporizhia Oblast. A Pantsir system was struck near Nova Kakhovka. Marines crossed \
            the Dnipro River and held Krynky. Putin met Shoigu in Moscow. Attacks were repelled near \
            Klishchiivka and Andriivka, south of Bakhmut. The Black Sea Fleet moved ships from Sevastopol \
            to Novorossiysk. Drones hit Bryansk and the Engels air base in Saratov Oblast. The ZNPP lost \
            power again. Shelling hit Nikopol and Marhanets. Grad rockets hit Marinka. Fighting went on \
            near Chasiv Yar, Toretsk and Niu-York, and strikes hit Vovchansk and Lyptsi in Kharkiv Oblast. \
            Raids crossed into Kursk Oblast near Sudzha. The Kerch Strait Bridge was hit again.
            """;

    @Test
    void villagesFacilitiesAndRegionsResolveAndWeaponsAndPeopleDoNot() {
        List<PlaceMention> mentions = new PlaceTagger(Gazetteer.loadDefault()).tag(REPORT);
        Map<String, PlaceMention> byText =
                mentions.stream().collect(Collectors.toMap(PlaceMention::text, m -> m, (a, b) -> a));
        List<Expect> expected = List.of(
                settlement("Kupiansk", 49.710, 37.616),
                settlement("Svatove", 49.410, 38.150),
                settlement("Kreminna", 49.050, 38.218),
                settlement("Avdiivka", 48.139, 37.743),
                settlement("Berdychi", 48.19, 37.63),
                settlement("Orlivka", 48.16, 37.62),
                settlement("Robotyne", 47.446, 35.838),
                settlement("Verbove", 47.46, 35.96),
                region("Zaporizhia Oblast", 47.5, 35.8),
                settlement("Nova Kakhovka", 46.755, 33.375),
                feature("Dnipro River", PlaceKind.RIVER, "atlas:dnipro-river"),
                settlement("Krynky", 46.73, 33.09),
                settlement("Moscow", 55.756, 37.617),
                settlement("Klishchiivka", 48.528, 37.970),
                settlement("Andriivka", 48.50, 37.96),
                settlement("Bakhmut", 48.595, 38.000),
                settlement("Sevastopol", 44.60, 33.53),
                settlement("Novorossiysk", 44.72, 37.77),
                settlement("Bryansk", 53.25, 34.37),
                facility("Engels air base", 51.48, 46.21),
                region("Saratov Oblast", 51.8, 46.5),
                facility("ZNPP", 47.51, 34.59),
                settlement("Nikopol", 47.567, 34.396),
                settlement("Marhanets", 47.648, 34.627),
                settlement("Marinka", 47.94, 37.50),
                settlement("Chasiv Yar", 48.586, 37.836),
                settlement("Toretsk", 48.398, 37.847),
                settlement("Niu-York", 48.33, 37.84),
                settlement("Vovchansk", 50.291, 36.941),
                settlement("Lyptsi", 50.20, 36.43),
                region("Kharkiv Oblast", 49.5, 36.6),
                region("Kursk Oblast", 51.7, 36.2),
                settlement("Sudzha", 51.19, 35.27),
                facility("Kerch Strait Bridge", 45.31, 36.51));
        for (Expect e : expected) {
            PlaceMention m = byText.get(e.text());
            assertTrue(m != null, e.text() + " not found in " + byText.keySet());
            e.check(m, "report");
        }
        Set<String> expectedTexts = expected.stream().map(Expect::text).collect(Collectors.toSet());
        assertEquals(
                Set.of(),
                byText.keySet().stream().filter(t -> !expectedTexts.contains(t)).collect(Collectors.toSet()),
                "nothing else is a place (Pantsir, Grad, Putin, Black Sea Fleet)");
    }
}
