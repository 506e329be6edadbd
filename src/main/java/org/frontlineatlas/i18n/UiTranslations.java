package org.frontlineatlas.i18n;

import com.ibm.icu.text.MessageFormat;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * The UI's texts: {@code vaadin-i18n/translations.properties} (English) and
 * {@code translations_uk.properties} (Ukrainian), where Vaadin's own provider looks for them.
 * <p>
 * Not Vaadin's DefaultI18NProvider, for two reasons: that one lets {@link ResourceBundle} fall back to
 * the JVM's default locale, so on a server set to Ukrainian an English page would get Ukrainian
 * texts; and it formats with java.text.MessageFormat, which has no plural rules (Ukrainian needs
 * one / few / many: 1 звіт, 2 звіти, 5 звітів). ICU's MessageFormat does, and reads a lone
 * apostrophe as an apostrophe ("link's"), so the files need no doubled quotes.
 */
@Component
public class UiTranslations implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(UiLanguage.values()).map(UiLanguage::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return translate(UiLanguage.of(locale), key, params);
    }

    /** For code outside a component (link notes, enum labels). */
    public static String translate(UiLanguage language, String key, Object... params) {
        if (key == null) {
            return "";
        }
        String pattern;
        try {
            pattern = bundle(language).getString(key);
        } catch (MissingResourceException missing) {
            return "!" + key; // visible, so a missing text is noticed, never a blank
        }
        return new MessageFormat(pattern, language.locale()).format(params == null ? new Object[0] : params);
    }

    /**
     * The web components' words (keys web.*, type.*, kind.*) as written in the file: the components
     * fill in {0} themselves and pick plural forms from key.one / .few / .many / .other.
     */
    public static Map<String, String> webStrings(UiLanguage language) {
        ResourceBundle b = bundle(language);
        Map<String, String> out = new TreeMap<>();
        for (String key : b.keySet()) {
            if (key.startsWith("web.") || key.startsWith("type.") || key.startsWith("kind.")) {
                out.put(key, b.getString(key));
            }
        }
        return out;
    }

    public static boolean has(UiLanguage language, String key) {
        return key != null && bundle(language).containsKey(key);
    }

    static ResourceBundle bundle(UiLanguage language) {
        // English is the base file; Ukrainian is translations_uk with the base as its parent.
        return ResourceBundle.getBundle(
                BUNDLE,
                language == UiLanguage.EN ? Locale.ROOT : language.locale(),
                UiTranslations.class.getClassLoader(),
                NO_FALLBACK);
    }
}
