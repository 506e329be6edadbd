package org.frontlineatlas.ui.editor;

import static org.frontlineatlas.i18n.UiText.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Function;
import org.frontlineatlas.events.DatePrecision;
import org.frontlineatlas.events.EventOrigin;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.gazetteer.Place;
import org.frontlineatlas.i18n.ComponentTexts;
import org.frontlineatlas.i18n.UiText;

/**
 * The dialog to correct a report or pin a new one: place (gazetteer search or a name and
 * coordinates), date and precision, type, summary, source. The event's own checks decide what is
 * valid; their message is shown in the dialog and nothing is saved.
 */
class EventForm extends Dialog {

    /** Saves the event; returns an error to show, or null when saved. */
    interface Saver extends Function<GeoEvent, String> {}

    private final GeoEvent original;
    private final PlaceSearchBox place = new PlaceSearchBox(t("form.gazetteerPlace"));
    private final TextField placeName = new TextField(t("form.placeName"));
    private final NumberField latitude = new NumberField(t("form.latitude"));
    private final NumberField longitude = new NumberField(t("form.longitude"));
    private final DatePicker date = ComponentTexts.datePicker(new DatePicker(t("form.date")));
    private final Select<DatePrecision> precision = new Select<>();
    private final Select<EventType> type = new Select<>();
    private final TextArea summary = new TextArea(t("form.summary"));
    private final TextField sourceUrl = new TextField(t("form.sourceUrl"));
    private final Checkbox publish = new Checkbox(t("form.publish"));
    private final Div message = new Div();
    private String gazetteerId;

    /** {@code event}: the stored event to correct, or a draft (id null) to pin. */
    EventForm(String title, GeoEvent event, Saver saver) {
        this.original = event;
        setHeaderTitle(title);
        addClassName("event-form");
        gazetteerId = event.gazetteerId();
        placeName.setValue(event.placeName());
        placeName.setRequired(true);
        latitude.setValue(event.latitude());
        longitude.setValue(event.longitude());
        latitude.setMin(-90);
        latitude.setMax(90);
        longitude.setMin(-180);
        longitude.setMax(180);
        place.addValueChangeListener(e -> {
            Place p = e.getValue();
            if (p != null) {
                placeName.setValue(p.name()); // the gazetteer's own (Latin) name: what the article and the API use
                latitude.setValue(p.latitude());
                longitude.setValue(p.longitude());
                gazetteerId = p.id();
            }
        });
        placeName.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                gazetteerId = null; // a name typed by hand is no longer the gazetteer's place
            }
        });
        date.setValue(event.date());
        date.setMin(GeoEvent.EARLIEST);
        date.setMax(GeoEvent.LATEST);
        date.setRequired(true);
        precision.setLabel(t("form.precision"));
        precision.setItems(DatePrecision.values());
        precision.setItemLabelGenerator(UiText::precision);
        precision.setValue(event.datePrecision());
        type.setLabel(t("form.type"));
        type.setItems(EventType.values());
        type.setItemLabelGenerator(UiText::type);
        type.setValue(event.type());
        summary.setValue(event.summary());
        summary.setMaxLength(GeoEvent.MAX_SUMMARY);
        summary.setRequired(true);
        sourceUrl.setValue(event.sourceUrl() == null ? "" : event.sourceUrl());
        publish.setValue(event.id() == null || event.status() != EventStatus.REJECTED);
        message.addClassName("editor-message");
        message.getElement().setAttribute("role", "alert");

        FormLayout form = new FormLayout(
                place, placeName, latitude, longitude, date, precision, type, sourceUrl, summary, publish);
        form.setColspan(place, 2);
        form.setColspan(summary, 2);
        add(form, message);
        Button save = new Button(t("form.save"), e -> {
            String error;
            try {
                error = saver.apply(build());
            } catch (IllegalArgumentException invalid) {
                error = invalid.getMessage();
            }
            if (error == null) {
                close();
            } else {
                message.setText(error); // text, never HTML
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(t("form.cancel"), e -> close());
        getFooter().add(cancel, save);
        setWidth("min(720px, 95vw)");
    }

    private GeoEvent build() {
        if (date.isInvalid() || date.getValue() == null) {
            throw new IllegalArgumentException(
                    t("form.badDate", UiText.date(GeoEvent.EARLIEST), UiText.date(GeoEvent.LATEST)));
        }
        if (latitude.getValue() == null || longitude.getValue() == null) {
            throw new IllegalArgumentException(t("form.noPosition"));
        }
        EventStatus status = publish.getValue()
                ? EventStatus.PUBLISHED
                : original.status() == EventStatus.PUBLISHED ? EventStatus.PROPOSED : original.status();
        DatePrecision p = precision.getValue() == null ? DatePrecision.DAY : precision.getValue();
        // A corrected start keeps the range's length where it can; the event's checks cap it.
        long span = java.time.temporal.ChronoUnit.DAYS.between(original.date(), original.dateEnd());
        return new GeoEvent(
                original.id(),
                date.getValue(),
                date.getValue().plusDays(span),
                p,
                placeName.getValue(),
                gazetteerId,
                latitude.getValue(),
                longitude.getValue(),
                original.geoPrecision(),
                type.getValue() == null ? EventType.OTHER : type.getValue(),
                summary.getValue(),
                original.origin() == EventOrigin.PINNED ? 1.0 : original.confidence(),
                status,
                original.origin(),
                original.sourceName(),
                sourceUrl.getValue(),
                original.createdBy(),
                original.createdAt(),
                original.updatedBy(),
                original.updatedAt(),
                original.version());
    }
}
