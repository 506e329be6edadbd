package org.frontlineatlas.ui.tours;

import static org.frontlineatlas.i18n.UiText.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.frontlineatlas.editing.TourEditing;
import org.frontlineatlas.events.DateRange;
import org.frontlineatlas.i18n.ComponentTexts;
import org.frontlineatlas.reading.WindowReader;
import org.frontlineatlas.tours.Tour;
import org.frontlineatlas.tours.TourStop;
import org.frontlineatlas.ui.editor.EditorNav;
import org.frontlineatlas.ui.map.ViewState;

/**
 * /editor/tours: an editor builds a tour for present mode — a name, its link name, and stops (date,
 * window, view, note). A stop is most easily added by pasting a link copied from the map, which
 * carries the date, window, centre and zoom the editor was looking at.
 */
@Route("editor/tours")
@RolesAllowed({"EDITOR", "ADMIN"})
public class TourEditorView extends VerticalLayout implements HasDynamicTitle {

    private final TourEditing tours;
    private final WindowReader events;
    private final ComboBox<String> existing = new ComboBox<>(t("tours.open"));
    private final TextField name = new TextField(t("tours.name"));
    private final TextField slug = new TextField(t("tours.slug"));
    private final TextField link = new TextField(t("tours.link"));
    private final VerticalLayout stops = new VerticalLayout();
    private final Div messages = new Div();
    private final List<StopRow> rows = new ArrayList<>();

    public TourEditorView(TourEditing tours, WindowReader events, AuthenticationContext authentication) {
        this.tours = tours;
        this.events = events;
        addClassName("tour-editor");
        messages.addClassName("editor-message");
        messages.getElement().setAttribute("role", "alert");
        existing.setItems(tours.slugs());
        existing.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                tours.load(e.getValue()).ifPresent(this::show);
            }
        });
        slug.setHelperText(t("tours.slugHelp"));
        slug.setPattern("[a-z0-9][a-z0-9-]{0,79}");
        link.setWidthFull();
        Button addLink = new Button(t("tours.addFromLink"), e -> addFromLink());
        Button addEmpty = new Button(t("tours.addEmpty"), e -> addRow(new TourStop(latest(), 7, null, null, null, "")));
        Button save = new Button(t("tours.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout linkRow = new HorizontalLayout(link, addLink);
        linkRow.setWidthFull();
        linkRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        stops.setPadding(false);
        add(
                new EditorNav(t("tours.title"), authentication),
                existing,
                new HorizontalLayout(name, slug),
                linkRow,
                stops,
                new HorizontalLayout(addEmpty, save),
                messages);
    }

    @Override
    public String getPageTitle() {
        return t("tours.pageTitle");
    }

    private void show(Tour tour) {
        name.setValue(tour.name());
        slug.setValue(tour.slug());
        rows.clear();
        stops.removeAll();
        tour.stops().forEach(this::addRow);
    }

    private void addFromLink() {
        try {
            URI uri = new URI(link.getValue().strip());
            DateRange range = events.publishedRange()
                    .orElse(new DateRange(LocalDate.now(ZoneOffset.UTC), LocalDate.now(ZoneOffset.UTC)));
            ViewState view = ViewState.fromLink(
                    QueryParameters.fromString(uri.getRawQuery() == null ? "" : uri.getRawQuery())
                            .getParameters(),
                    range);
            ViewState.Center c = view.center();
            addRow(new TourStop(
                    view.date(),
                    view.windowDays(),
                    c == null ? null : c.lat(),
                    c == null ? null : c.lon(),
                    c == null ? null : c.zoom(),
                    ""));
            link.clear();
            say(view.notes().isEmpty() ? "" : String.join(" ", view.notes()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            say(t("tours.badLink", e.getMessage()));
        }
    }

    private LocalDate latest() {
        return events.publishedRange().map(DateRange::last).orElse(LocalDate.now(ZoneOffset.UTC));
    }

    private void addRow(TourStop stop) {
        StopRow row = new StopRow(stop);
        rows.add(row);
        stops.add(row);
    }

    private void save() {
        try {
            List<TourStop> list = new ArrayList<>();
            for (StopRow row : rows) {
                list.add(row.stop());
            }
            Tour saved = tours.save(new Tour(null, slug.getValue().strip(), name.getValue(), null, list));
            existing.setItems(tours.slugs());
            messages.removeAll();
            messages.add(
                    new Paragraph(t("tours.saved", saved.name(), saved.stops().size()) + " "),
                    new Anchor("present?tour=" + saved.slug(), t("tours.present")));
        } catch (IllegalArgumentException | NullPointerException e) {
            say(t("tours.notSaved", String.valueOf(e.getMessage())));
        }
    }

    private void say(String text) {
        messages.removeAll();
        if (!text.isEmpty()) {
            messages.add(new Paragraph(text)); // text node: nothing typed is read as HTML
        }
    }

    /** One stop's fields, in a row. */
    private final class StopRow extends HorizontalLayout {
        private final DatePicker date = ComponentTexts.datePicker(new DatePicker(t("tours.date")));
        private final IntegerField window = new IntegerField(t("tours.window"));
        private final NumberField lat = new NumberField(t("form.latitude"));
        private final NumberField lon = new NumberField(t("form.longitude"));
        private final NumberField zoom = new NumberField(t("tours.zoom"));
        private final TextArea note = new TextArea(t("tours.note"));

        StopRow(TourStop stop) {
            addClassName("tour-stop");
            date.setValue(stop.date());
            window.setValue(stop.windowDays());
            lat.setValue(stop.lat());
            lon.setValue(stop.lon());
            zoom.setValue(stop.zoom());
            note.setValue(stop.note());
            note.setMaxLength(2000);
            note.setWidth("24rem");
            Button remove = new Button(t("tours.remove"), e -> {
                rows.remove(this);
                stops.remove(this);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            setAlignItems(FlexComponent.Alignment.BASELINE);
            setWrap(true);
            add(date, window, lat, lon, zoom, note, remove);
        }

        TourStop stop() {
            if (date.getValue() == null || window.getValue() == null) {
                throw new IllegalArgumentException(t("tours.stopIncomplete"));
            }
            return new TourStop(
                    date.getValue(),
                    window.getValue(),
                    lat.getValue(),
                    lon.getValue(),
                    zoom.getValue(),
                    note.getValue());
        }
    }
}
