package org.frontlineatlas.i18n;

import static org.frontlineatlas.i18n.UiText.t;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import elemental.json.Json;
import elemental.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The words Vaadin's own components bring (a date picker's months and buttons, an upload's button
 * and statuses), in the UI's language. English keeps Vaadin's defaults, which are English already.
 */
public final class ComponentTexts {

    private ComponentTexts() {}

    /** Months and weekdays from the JDK's locale data (CLDR), buttons and errors from our bundle. */
    public static DatePicker datePicker(DatePicker picker) {
        UiLanguage language = UiText.current();
        if (language == UiLanguage.EN) {
            return picker;
        }
        Locale l = language.locale();
        List<String> months = Arrays.stream(Month.values())
                .map(m -> capital(m.getDisplayName(TextStyle.FULL_STANDALONE, l), l))
                .toList();
        // Vaadin counts weekdays from Sunday.
        List<DayOfWeek> fromSunday = List.of(
                DayOfWeek.SUNDAY,
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY,
                DayOfWeek.SATURDAY);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(months)
                .setWeekdays(fromSunday.stream()
                        .map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, l))
                        .toList())
                .setWeekdaysShort(fromSunday.stream()
                        .map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, l))
                        .toList())
                .setFirstDayOfWeek(1)
                .setToday(t("picker.today"))
                .setCancel(t("picker.cancel"))
                .setDateFormat(t("format.date"));
        picker.setI18n(i18n);
        return picker;
    }

    public static Upload upload(Upload upload) {
        if (UiText.current() == UiLanguage.EN) {
            return upload;
        }
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(t("upload.addOne")).setMany(t("upload.addMany")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(t("upload.dropOne")).setMany(t("upload.dropMany")));
        i18n.setError(new UploadI18N.Error()
                .setTooManyFiles(t("upload.tooMany"))
                .setFileIsTooBig(t("upload.tooBig"))
                .setIncorrectFileType(t("upload.wrongType")));
        i18n.setFile(new UploadI18N.File()
                .setRetry(t("upload.retry"))
                .setStart(t("upload.start"))
                .setRemove(t("upload.remove")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status()
                        .setConnecting(t("upload.connecting"))
                        .setStalled(t("upload.stalled"))
                        .setProcessing(t("upload.processing"))
                        .setHeld(t("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(t("upload.remaining"))
                        .setUnknown(t("upload.remainingUnknown")))
                .setError(new UploadI18N.Uploading.Error()
                        .setServerUnavailable(t("upload.serverUnavailable"))
                        .setUnexpectedServerError(t("upload.serverError"))
                        .setForbidden(t("upload.forbidden"))));
        i18n.setUnits(List.of(
                t("upload.unitB"), t("upload.unitKB"), t("upload.unitMB"), t("upload.unitGB"), t("upload.unitTB")));
        upload.setI18n(i18n);
        return upload;
    }

    /** The reveal button's label ("Show password"), which the component otherwise says in English. */
    public static PasswordField passwordField(PasswordField field) {
        JsonObject i18n = Json.createObject();
        i18n.put("reveal", t("admin.revealPassword"));
        field.getElement().setPropertyJson("i18n", i18n);
        return field;
    }

    private static String capital(String s, Locale l) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(l) + s.substring(1);
    }
}
