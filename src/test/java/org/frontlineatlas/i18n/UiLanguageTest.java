package org.frontlineatlas.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UiLanguageTest {

    @Test
    void theAddressWinsThenTheCookieThenTheBrowser() {
        assertThat(UiLanguage.choose("uk", "en", "en-US")).isEqualTo(UiLanguage.UK);
        assertThat(UiLanguage.choose("en", "uk", "uk-UA")).isEqualTo(UiLanguage.EN);
        assertThat(UiLanguage.choose(null, "uk", "en-US")).isEqualTo(UiLanguage.UK);
        assertThat(UiLanguage.choose("", "en", "uk")).isEqualTo(UiLanguage.EN);
        assertThat(UiLanguage.choose(null, null, "uk-UA,uk;q=0.9,en;q=0.8")).isEqualTo(UiLanguage.UK);
    }

    @Test
    void aWrongValueIsPassedOverNotObeyed() {
        assertThat(UiLanguage.choose("klingon", "uk", "en")).isEqualTo(UiLanguage.UK);
        assertThat(UiLanguage.choose("<script>", "xx", "uk")).isEqualTo(UiLanguage.UK);
        assertThat(UiLanguage.choose(" UK ", null, null)).isEqualTo(UiLanguage.UK);
    }

    @Test
    void theBrowsersFirstKnownLanguageDecidesElseEnglish() {
        assertThat(UiLanguage.fromBrowser("ru,uk;q=0.9,en;q=0.8")).isEqualTo(UiLanguage.UK);
        assertThat(UiLanguage.fromBrowser("en-GB,uk;q=0.5")).isEqualTo(UiLanguage.EN);
        assertThat(UiLanguage.fromBrowser("uk;q=0.4,en;q=0.9")).isEqualTo(UiLanguage.EN);
        assertThat(UiLanguage.fromBrowser("de-DE")).isEqualTo(UiLanguage.EN);
        assertThat(UiLanguage.fromBrowser("")).isEqualTo(UiLanguage.EN);
        assertThat(UiLanguage.fromBrowser(";;;=q")).isEqualTo(UiLanguage.EN);
    }

    @Test
    void theBootstrapLocationCarriesTheLanguage() {
        assertThat(LanguageSetup.langOfLocation("editor/pin?date=2022-05-01&lang=uk"))
                .isEqualTo("uk");
        assertThat(LanguageSetup.langOfLocation("editor")).isNull();
        assertThat(LanguageSetup.langOfLocation(null)).isNull();
    }
}
