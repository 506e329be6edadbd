package org.frontlineatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The gazetteer's Ukrainian names: the place's own name in Ukrainian, never a Russian or an old one. */
class UkrainianNamesTest {

    private final UkrainianNames names = UkrainianNames.load();

    @Test
    void citiesAndTownsOfUkraine() {
        assertThat(names.of("geonames:703448")).hasValue("Київ"); // not Киев
        assertThat(names.of("geonames:706483")).hasValue("Харків"); // not Харьков
        assertThat(names.of("geonames:704422")).hasValue("Покровськ"); // not Красноармійськ or Покровск
        assertThat(names.of("geonames:713174")).hasValue("Бахмут"); // not Артемівськ
    }

    @Test
    void oblastsAreTheirUkrainianAdjective() {
        assertThat(names.of("geonames:710734")).hasValue("Чернігівська область"); // not Черниговская
        assertThat(names.of("geonames:689064")).hasValue("Волинська область");
    }

    @Test
    void aNameOnlyRussianSpellingsFitIsNotTaken() {
        assertThat(UkrainianNames.pick("Kursk", List.of("Курск", "Курськ"))).hasValue("Курськ");
        assertThat(UkrainianNames.pick("Pokrovsk", List.of("Красноармейск"))).isEmpty();
        assertThat(names.of("atlas:no-such-place")).isEmpty();
        assertThat(names.of((String) null)).isEmpty();
    }

    @Test
    void theNationalSpellingComesFromTheUkrainianNameBgnSpellsExactly() {
        assertThat(UkrainianNames.nationalSpelling("Novyy Buh", List.of("Новий Буг")))
                .isEqualTo("Novyi Buh");
        assertThat(UkrainianNames.nationalSpelling("Lyubashivka", List.of("Любашівка")))
                .isEqualTo("Liubashivka");
        // a Russian name close to the Latin one is not the Ukrainian one: the Latin name stays
        assertThat(UkrainianNames.nationalSpelling("Bilovods'k", List.of("Беловодск")))
                .isEqualTo("Bilovods'k");
        assertThat(UkrainianNames.nationalSpelling("Lenino", List.of("Ленина"))).isEqualTo("Lenino");
    }

    @Test
    void wordsAfterSpacesAndHyphensAreCapitalised() {
        assertThat(UkrainianNames.titleCase("niu-york")).isEqualTo("Niu-York");
        assertThat(UkrainianNames.titleCase("kryvyi rih")).isEqualTo("Kryvyi Rih");
    }
}
