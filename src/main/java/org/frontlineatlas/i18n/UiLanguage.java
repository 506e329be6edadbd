package org.frontlineatlas.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The two languages of the UI and the rule that picks one for a request: {@code ?lang=uk|en} in the
 * address wins, then the {@code atlas-lang} cookie (set whenever a page is opened with {@code lang}),
 * then the browser's Accept-Language (the first of Ukrainian or English it names), else English.
 */
public enum UiLanguage {
    EN("en", Locale.ENGLISH, "ENG", "English"),
    UK("uk", Locale.forLanguageTag("uk"), "УКР", "Українська");

    public static final String PARAM = "lang";
    public static final String COOKIE = "atlas-lang";
    /** A year: the choice outlives the session but not forever. */
    public static final int COOKIE_SECONDS = 365 * 24 * 3600;

    private final String code;
    private final Locale locale;
    private final String shortName;
    private final String fullName;

    UiLanguage(String code, Locale locale, String shortName, String fullName) {
        this.code = code;
        this.locale = locale;
        this.shortName = shortName;
        this.fullName = fullName;
    }

    /** The {@code lang} value and the {@code <html lang>}. */
    public String code() {
        return code;
    }

    public Locale locale() {
        return locale;
    }

    /** What the switch shows: УКР, ENG. */
    public String shortName() {
        return shortName;
    }

    /** The language's own name, for the switch's tooltip and screen readers. */
    public String fullName() {
        return fullName;
    }

    public static Optional<UiLanguage> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT);
        for (UiLanguage l : values()) {
            if (l.code.equals(c)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /** The UI language of a locale: Ukrainian for {@code uk}, English for anything else. */
    public static UiLanguage of(Locale locale) {
        return locale != null && "uk".equals(locale.getLanguage()) ? UK : EN;
    }

    public static UiLanguage choose(String param, String cookie, String acceptLanguage) {
        return fromCode(param).or(() -> fromCode(cookie)).orElseGet(() -> fromBrowser(acceptLanguage));
    }

    /** "ru,uk;q=0.9,en;q=0.8" is Ukrainian; "en-US,uk;q=0.5" and "de" are English. */
    static UiLanguage fromBrowser(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return EN;
        }
        List<Locale.LanguageRange> ranges;
        try {
            ranges = Locale.LanguageRange.parse(acceptLanguage); // sorted by weight, q=0 dropped
        } catch (IllegalArgumentException malformed) {
            return EN;
        }
        for (Locale.LanguageRange r : ranges) {
            String lang = r.getRange().split("-", 2)[0];
            if (lang.equals("uk")) {
                return UK;
            }
            if (lang.equals("en")) {
                return EN;
            }
        }
        return EN;
    }
}
