package org.frontlineatlas.i18n;

import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.frontlineatlas.events.DatePrecision;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.EventType;

/**
 * Texts, labels and dates in the current UI's language, for code that is not a component (a grid's
 * value provider, the link reader). Outside a UI (unit tests, the CLI) it is English.
 */
public final class UiText {

    private UiText() {}

    public static UiLanguage current() {
        UI ui = UI.getCurrent();
        return ui == null ? UiLanguage.EN : UiLanguage.of(ui.getLocale());
    }

    public static String t(String key, Object... args) {
        return UiTranslations.translate(current(), key, args);
    }

    /** An audit action (create, update, publish, ...) in words; one without words shows as it is stored. */
    public static String action(String action) {
        String key = "action." + action;
        return UiTranslations.has(current(), key) ? t(key) : action;
    }

    public static String type(EventType type) {
        return t("type." + type.code());
    }

    public static String status(EventStatus status) {
        return t("status." + status.name().toLowerCase(java.util.Locale.ROOT));
    }

    public static String precision(DatePrecision precision) {
        return t("precision." + precision.code());
    }

    /** A day as the language writes it: 2022-05-16 in English (as the links do), 16.05.2022 in Ukrainian. */
    public static String date(LocalDate day) {
        return day == null
                ? ""
                : DateTimeFormatter.ofPattern(t("format.date"), current().locale())
                        .format(day);
    }

    /** A moment in UTC, to the second. */
    public static String dateTime(Instant at) {
        return at == null
                ? ""
                : DateTimeFormatter.ofPattern(t("format.dateTime"), current().locale())
                        .withZone(ZoneOffset.UTC)
                        .format(at);
    }
}
