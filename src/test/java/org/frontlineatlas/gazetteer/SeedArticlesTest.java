package org.frontlineatlas.gazetteer;

import static org.frontlineatlas.gazetteer.Expect.country;
import static org.frontlineatlas.gazetteer.Expect.facility;
import static org.frontlineatlas.gazetteer.Expect.feature;
import static org.frontlineatlas.gazetteer.Expect.island;
import static org.frontlineatlas.gazetteer.Expect.region;
import static org.frontlineatlas.gazetteer.Expect.settlement;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every place the five seed reports name is found and resolved to the right spot, and nothing
 * else in them (people, agencies, page debris) is taken for a place. The expectations are our own
 * list of the places in each article with their real coordinates.
 */
class SeedArticlesTest {

    static final Path SEEDS = Path.of("..", "shared", "seeds");
    static final PlaceTagger TAGGER = new PlaceTagger(Gazetteer.loadDefault());

    // Real coordinates (GeoNames / Wikipedia), rounded.
    static final Expect MARIUPOL = settlement("Mariupol", 47.097, 37.543);
    static final Expect KHARKIV = settlement("Kharkiv", 49.993, 36.231);
    static final Expect KYIV = settlement("Kyiv", 50.450, 30.524);
    static final Expect MOSCOW = settlement("Moscow", 55.756, 37.617);
    static final Expect DONETSK_CITY = settlement("Donetsk", 48.003, 37.805);
    static final Expect ZAPORIZHZHIA = settlement("Zaporizhzhia", 47.838, 35.139);
    static final Expect DONBAS = region("Donbas", 48.0, 38.0);
    static final Expect KHARKIV_REGION = region("Kharkiv region", 49.5, 36.6);
    static final Expect DONETSK_REGION = region("Donetsk region", 48.0, 37.7);
    static final Expect WASHINGTON = settlement("Washington", 38.895, -77.036);
    static final Expect UKRAINE = country("Ukraine", "UA");
    static final Expect RUSSIA = country("Russia", "RU");
    static final Expect US = country("US", "US");

    static Stream<Arguments> seeds() {
        return Stream.of(
                Arguments.of(
                        "000_99c8340d19061ba2.txt",
                        List.of(
                                MARIUPOL,
                                KHARKIV,
                                ZAPORIZHZHIA,
                                DONBAS,
                                MOSCOW,
                                DONETSK_CITY,
                                UKRAINE,
                                RUSSIA,
                                US,
                                facility("Azovstal steel plant", 47.100, 37.610),
                                facility("Azovstal steelworks", 47.100, 37.610),
                                facility("Azovstal", 47.100, 37.610),
                                settlement("Odesa", 46.477, 30.733),
                                island("Snake Island", 45.255, 30.204),
                                settlement("Belgorod", 50.596, 36.588),
                                feature("Black Sea", PlaceKind.SEA, "atlas:black-sea"),
                                feature("Azov Sea", PlaceKind.SEA, "atlas:sea-of-azov"),
                                country("UK", "GB"))),
                Arguments.of(
                        "001_54c73e4f90dc8118.txt",
                        List.of(
                                KHARKIV,
                                KYIV,
                                MOSCOW,
                                DONETSK_CITY,
                                WASHINGTON,
                                UKRAINE,
                                RUSSIA,
                                region("Donbas region", 48.0, 38.0),
                                region("Donbass region", 48.0, 38.0),
                                region("Donbass", 48.0, 38.0),
                                feature("Seversky Donets River", PlaceKind.RIVER, "atlas:siverskyi-donets"))),
                Arguments.of(
                        "002_339c920c26470736.txt",
                        List.of(
                                KHARKIV,
                                KYIV,
                                MOSCOW,
                                WASHINGTON,
                                UKRAINE,
                                RUSSIA,
                                US,
                                KHARKIV_REGION,
                                DONETSK_REGION,
                                region("Kharkiv Oblast", 49.5, 36.6),
                                region("Kharkiv regions", 49.5, 36.6),
                                region("Sumy", 50.8, 34.4), // "Sumy and Kharkiv regions"
                                region("Donetsk", 48.0, 37.7), // "the Donetsk direction", a front sector
                                settlement("Chasiv Yar", 48.586, 37.836),
                                country("France", "FR"))),
                Arguments.of(
                        "003_cba3a28ba4ae27a0.txt",
                        List.of(
                                KYIV,
                                MOSCOW,
                                ZAPORIZHZHIA,
                                UKRAINE,
                                RUSSIA,
                                US,
                                KHARKIV_REGION,
                                DONETSK_REGION,
                                region("Donetsk", 48.0, 37.7), // "the eastern province of Donetsk"
                                settlement("Bakhmut", 48.595, 38.000),
                                settlement("Klishchiivka", 48.528, 37.970),
                                settlement("Vremivka", 47.82, 36.88),
                                settlement("Lviv", 49.842, 24.032))),
                Arguments.of(
                        "004_37957baa43dfc740.txt",
                        List.of(
                                KHARKIV,
                                KYIV,
                                UKRAINE,
                                RUSSIA,
                                US,
                                country("Finland", "FI"),
                                country("Sweden", "SE"),
                                country("Germany", "DE"),
                                country("Turkey", "TR"),
                                country("Japan", "JP"),
                                country("Italy", "IT"),
                                country("Canada", "CA"),
                                country("Britain", "GB"),
                                country("France", "FR"),
                                feature("Africa", PlaceKind.OTHER, "atlas:africa"),
                                feature("Middle East", PlaceKind.OTHER, "atlas:middle-east"),
                                feature("Baltic Sea", PlaceKind.SEA, "atlas:baltic-sea"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void everyNamedPlaceResolvesAndNothingElseIsTagged(String file, List<Expect> expected) throws IOException {
        String text = Files.readString(SEEDS.resolve(file));
        List<PlaceMention> mentions = TAGGER.tag(text);
        Map<String, Expect> byText =
                expected.stream().collect(Collectors.toMap(e -> e.text().toLowerCase(Locale.ROOT), e -> e));
        for (PlaceMention m : mentions) {
            assertEquals(m.text(), text.substring(m.start(), m.end()), "offsets point at the text");
            Expect e = byText.get(m.text().toLowerCase(Locale.ROOT));
            if (e == null) {
                fail(file + ": '" + m.text() + "' at " + m.start() + " is not a place of this article, tagged as "
                        + m.place());
            }
            e.check(m, file);
        }
        for (Expect e : expected) {
            assertTrue(
                    mentions.stream().anyMatch(m -> m.text().equalsIgnoreCase(e.text())),
                    file + ": '" + e.text() + "' was not found");
        }
    }
}
