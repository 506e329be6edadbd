package org.frontlineatlas.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The two languages' files hold the same texts, none empty, and every text the code asks for. */
class TranslationBundlesTest {

    private static java.util.Properties file(String name) throws IOException {
        java.util.Properties p = new java.util.Properties();
        try (var in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndUkrainianHaveTheSameKeysAndNoEmptyText() throws IOException {
        java.util.Properties en = file("translations.properties");
        java.util.Properties uk = file("translations_uk.properties");

        assertThat(new TreeSet<>(uk.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (java.util.Properties p : java.util.List.of(en, uk)) {
            p.forEach((k, v) ->
                    assertThat(v.toString().strip()).as("text of %s", k).isNotEmpty());
        }
    }

    @Test
    void ukrainianTextsAreTranslatedNotCopied() throws IOException {
        java.util.Properties en = file("translations.properties");
        java.util.Properties uk = file("translations_uk.properties");
        Set<String> same = new TreeSet<>();
        for (String k : en.stringPropertyNames()) {
            if (en.getProperty(k).equals(uk.getProperty(k)) && !k.startsWith("format.")) {
                same.add(k);
            }
        }
        assertThat(same).as("keys whose Ukrainian text is the English one").isEmpty();
    }

    @Test
    void everyTextIsAValidPatternInItsLanguage() {
        for (UiLanguage language : UiLanguage.values()) {
            java.util.ResourceBundle b = UiTranslations.bundle(language);
            for (String key : b.keySet()) {
                String pattern = b.getString(key);
                String out = new MessageFormat(pattern, language.locale())
                        .format(new Object[] {3, 5, 7, 9}); // numbers fit both {0} and {0, plural, ...}
                assertThat(out).as("%s %s", language, key).doesNotContain("{").doesNotContain("}");
            }
        }
    }

    @Test
    void ukrainianCountsTakeTheRightPluralForm() {
        assertThat(UiTranslations.translate(UiLanguage.UK, "login.throttled", 1))
                .endsWith("через 1 хвилину.");
        assertThat(UiTranslations.translate(UiLanguage.UK, "login.throttled", 3))
                .endsWith("через 3 хвилини.");
        assertThat(UiTranslations.translate(UiLanguage.UK, "login.throttled", 5))
                .endsWith("через 5 хвилин.");
        assertThat(UiTranslations.translate(UiLanguage.UK, "login.throttled", 21))
                .endsWith("через 21 хвилину.");
        assertThat(UiTranslations.translate(UiLanguage.EN, "login.throttled", 1))
                .isEqualTo("Too many attempts, try again in 1 minute.");
        assertThat(UiTranslations.translate(UiLanguage.EN, "ingest.done", 2, 1))
                .isEqualTo("2 articles read, 1 event found");
    }

    @Test
    void englishIsTheBaseFileWhateverTheServersOwnLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(UiLanguage.UK.locale());
            assertThat(new UiTranslations().getTranslation("nav.signOut", java.util.Locale.ENGLISH))
                    .isEqualTo("Sign out");
            assertThat(new UiTranslations().getTranslation("nav.signOut", java.util.Locale.forLanguageTag("en-GB")))
                    .isEqualTo("Sign out");
            assertThat(new UiTranslations().getTranslation("nav.signOut", java.util.Locale.forLanguageTag("uk-UA")))
                    .isEqualTo("Вийти");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    /** Every key written in the Java views and the web components is in the files. */
    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> known = file("translations.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        Pattern java = Pattern.compile("(?:\\bt|getTranslation)\\(\"([a-zA-Z0-9_.]+)\"");
        Pattern ts = Pattern.compile("\\b(t|tn)\\('([a-zA-Z0-9_.]+)'");
        try (Stream<Path> files = Stream.concat(
                Files.walk(Path.of("src/main/java/org/frontlineatlas")), Files.list(Path.of("frontend")))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                if (f.toString().endsWith(".java")) {
                    Matcher m = java.matcher(text);
                    while (m.find()) {
                        if (!m.group(1).endsWith(".") && !known.contains(m.group(1))) {
                            missing.add(f.getFileName() + ": " + m.group(1));
                        }
                    }
                } else if (f.toString().endsWith(".ts")) {
                    Matcher m = ts.matcher(text);
                    while (m.find()) {
                        String key = m.group(1).equals("tn") ? m.group(2) + ".other" : m.group(2);
                        if (!known.contains(key)) {
                            missing.add(f.getFileName() + ": " + key);
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }
}
