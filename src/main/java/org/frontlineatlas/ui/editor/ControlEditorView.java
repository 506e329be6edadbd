package org.frontlineatlas.ui.editor;

import static org.frontlineatlas.i18n.UiText.t;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import elemental.json.Json;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.frontlineatlas.control.ControlArea;
import org.frontlineatlas.control.ControlAreas;
import org.frontlineatlas.control.ControlCorrection;
import org.frontlineatlas.control.ControlEditing;
import org.frontlineatlas.control.ControlGeoJson;
import org.frontlineatlas.control.InvalidGeometryException;
import org.frontlineatlas.i18n.ComponentTexts;
import org.frontlineatlas.i18n.UiText;
import org.frontlineatlas.ui.map.EditorMap;

/**
 * /editor/control: an editor corrects the outline of an area of control. Choose the day, pick an
 * area (on the map or in the list), drag its vertices, save: the areas are stored as a new version
 * ("editor correction by …", with an audit row) that the readers' map then shows. An outline that
 * crosses itself is refused and stays on the map as dragged, so the editor can fix it.
 */
@Route("editor/control")
@RolesAllowed({"EDITOR", "ADMIN"})
public class ControlEditorView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ControlAreas areas;
    private final ControlEditing editing;
    private final DatePicker day = ComponentTexts.datePicker(new DatePicker(t("control.edit.day")));
    private final Select<ControlArea> area = new Select<>();
    private final EditorMap map = new EditorMap();
    private final Button save = new Button(t("control.edit.save"));
    private final Button discard = new Button(t("control.edit.discard"));
    private final Div messages = new Div();
    /** The outline as last dragged, not yet saved: the area's id and its GeoJSON geometry. */
    private long editedArea;

    private String editedGeometry;

    public ControlEditorView(ControlAreas areas, ControlEditing editing, AuthenticationContext authentication) {
        this.areas = areas;
        this.editing = editing;
        addClassName("control-editor");
        setSizeFull();
        messages.addClassName("editor-message");
        messages.getElement().setAttribute("role", "alert");
        area.setLabel(t("control.edit.area"));
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption(t("control.edit.none"));
        area.setItemLabelGenerator(a -> a == null
                ? t("control.edit.none")
                : (a.name() == null ? t("control.edit.unnamed") : a.name()) + " · "
                        + t("web.control." + a.status().code()));
        area.setWidth("32em");
        area.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                dropEdit();
            }
            map.getElement()
                    .setProperty(
                            "pickedArea",
                            e.getValue() == null ? 0 : (double) e.getValue().id());
        });
        day.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load(e.getValue(), 0);
            }
        });
        map.setWidthFull();
        map.setHeight("560px");
        map.getElement()
                .addEventListener(
                        "area-click", e -> pick((long) e.getEventData().getNumber("event.detail.id")))
                .addEventData("event.detail.id");
        map.getElement()
                .addEventListener("area-changed", e -> {
                    editedArea = (long) e.getEventData().getNumber("event.detail.id");
                    editedGeometry = e.getEventData().getString("event.detail.geometry");
                    save.setEnabled(true);
                    discard.setEnabled(true);
                    messages.setText(t("control.edit.unsaved"));
                })
                .addEventData("event.detail.id")
                .addEventData("event.detail.geometry");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        discard.addClickListener(e -> {
            dropEdit();
            load(day.getValue(), area.getValue() == null ? 0 : area.getValue().id());
            messages.setText(t("control.edit.discarded"));
        });
        save.setEnabled(false);
        discard.setEnabled(false);
        HorizontalLayout bar = new HorizontalLayout(day, area, save, discard);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWidthFull();
        add(
                new EditorNav(t("control.edit.title"), authentication),
                new Div(t("control.edit.help")),
                bar,
                messages,
                map);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate chosen = LocalDate.now(ZoneOffset.UTC);
        List<String> asked =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("date", List.of());
        if (!asked.isEmpty()) {
            try {
                chosen = LocalDate.parse(asked.get(0));
            } catch (DateTimeParseException e) {
                messages.setText(t("control.edit.badDate", asked.get(0)));
            }
        }
        day.setValue(chosen);
    }

    private void pick(long id) {
        area.getListDataView().getItems().filter(a -> a.id() == id).findFirst().ifPresent(a -> {
            if (area.getValue() == null || area.getValue().id() != id) {
                dropEdit();
                area.setValue(a);
            }
        });
    }

    /** Shows the areas of {@code d}; {@code keep}: the id of the area to keep picked (0: none). */
    private void load(LocalDate d, long keep) {
        List<ControlArea> shown = areas.on(d).areas();
        area.setItems(shown);
        area.setValue(shown.stream().filter(a -> a.id() == keep).findFirst().orElse(null));
        List<Map<String, Object>> out = shown.stream()
                .map(a -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("id", a.id());
                    m.put("name", a.name() == null ? t("control.edit.unnamed") : a.name());
                    m.put("status", a.status().code());
                    m.put("geometry", ControlGeoJson.geometry(a.geometry()));
                    return m;
                })
                .toList();
        try {
            map.getElement()
                    .setPropertyJson(
                            "areas", Json.instance().<elemental.json.JsonArray>parse(JSON.writeValueAsString(out)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        map.getElement().setProperty("pickedArea", (double) keep);
        if (shown.isEmpty()) {
            messages.setText(t("control.edit.noAreas", UiText.date(d)));
        }
    }

    private void save() {
        if (editedGeometry == null) {
            return;
        }
        try {
            ControlCorrection.Result r = editing.correct(editedArea, editedGeometry);
            dropEdit();
            load(day.getValue(), r.areaId());
            messages.setText(t(
                    "control.edit.saved",
                    r.version(),
                    r.name() == null ? t("control.edit.unnamed") : r.name(),
                    Math.round(r.km2Before()),
                    Math.round(r.km2After())));
        } catch (InvalidGeometryException e) {
            // Nothing stored; the dragged outline stays on the map to be fixed.
            messages.setText(
                    e.crossesItself()
                            ? t("control.edit.crossesItself", e.where())
                            : t("control.edit.invalid", e.where()));
        } catch (IllegalArgumentException e) {
            messages.setText(t("control.edit.refused", e.getMessage()));
        }
    }

    private void dropEdit() {
        editedArea = 0;
        editedGeometry = null;
        save.setEnabled(false);
        discard.setEnabled(false);
    }

    @Override
    public String getPageTitle() {
        return t("control.edit.pageTitle");
    }
}
