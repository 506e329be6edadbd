package org.frontlineatlas.ui.editor;

import static org.frontlineatlas.i18n.UiText.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.frontlineatlas.editing.EventEditing;
import org.frontlineatlas.events.DatePrecision;
import org.frontlineatlas.events.EditConflictException;
import org.frontlineatlas.events.EventOrigin;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.i18n.UiText;
import org.frontlineatlas.ui.map.EditorMap;
import org.springframework.security.access.AccessDeniedException;

/**
 * /editor/pin: the latest reports on a map. Click the map (or find a place, which flies there) to pin
 * a new report; drag a pin to move it; pick a pin to edit, delete (after confirming) or see its history.
 */
@Route("editor/pin")
@RolesAllowed({"EDITOR", "ADMIN"})
public class PinView extends VerticalLayout implements HasDynamicTitle {

    /** The pins drawn: the latest reports, not the archive (the reader's map is for browsing). */
    private static final int SHOWN = 400;

    private final EventEditing editing;
    private final EventService events;
    private final EditorMap map = new EditorMap();
    private final PlaceSearchBox search = new PlaceSearchBox(t("pin.find"));
    private final Div details = new Div();
    private final Div messages = new Div();
    private final Map<Long, GeoEvent> shown = new LinkedHashMap<>();

    public PinView(EventEditing editing, EventService events, AuthenticationContext authentication) {
        this.editing = editing;
        this.events = events;
        addClassName("pin-view");
        setSizeFull();
        search.setWidth("24em");
        search.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                map.flyTo(e.getValue().latitude(), e.getValue().longitude(), 10);
            }
        });
        messages.addClassName("editor-message");
        messages.getElement().setAttribute("role", "alert");
        details.addClassName("pin-details");
        details.setWidth("22em");
        map.setSizeFull();
        map.addMapClickListener(e -> pinAt(e.lat(), e.lon()));
        map.addMarkerMovedListener(e -> move(e.id(), e.lat(), e.lon()));
        map.addMarkerClickListener(e -> showDetails(e.id()));
        HorizontalLayout body = new HorizontalLayout(map, details);
        body.setSizeFull();
        body.setFlexGrow(1, map);
        Paragraph help = new Paragraph(t("pin.help"));
        add(new EditorNav(t("pin.title"), authentication), new HorizontalLayout(search, help), messages, body);
        setFlexGrow(1, body);
        load();
    }

    @Override
    public String getPageTitle() {
        return t("pin.pageTitle");
    }

    private void load() {
        shown.clear();
        events.withStatus(EventStatus.PROPOSED, SHOWN).forEach(e -> shown.put(e.id(), e));
        events.withStatus(EventStatus.PUBLISHED, SHOWN).forEach(e -> shown.put(e.id(), e));
        map.setEvents(shown.values(), e -> true);
    }

    private void pinAt(double lat, double lon) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String near = search.getValue() != null ? search.getValue().name() : t("pin.defaultPlace");
        GeoEvent draft = GeoEvent.draft(
                today,
                today,
                DatePrecision.DAY,
                near,
                null,
                lat,
                lon,
                1,
                EventType.OTHER,
                t("pin.defaultSummary"),
                1.0,
                EventStatus.PUBLISHED,
                EventOrigin.PINNED,
                null,
                null);
        new EventForm(t("pin.new"), draft, e -> {
                    try {
                        GeoEvent stored = editing.create(e);
                        shown.put(stored.id(), stored);
                        map.setEvents(shown.values(), x -> true);
                        showDetails(stored.id());
                        return null;
                    } catch (AccessDeniedException denied) {
                        return denied.getMessage();
                    }
                })
                .open();
    }

    private void move(long id, double lat, double lon) {
        GeoEvent e = shown.get(id);
        if (e == null) {
            return;
        }
        try {
            GeoEvent moved = editing.update(e.withPosition(lat, lon));
            shown.put(id, moved);
            messages.setText("");
            showDetails(id);
        } catch (EditConflictException conflict) {
            messages.setText(conflict.getMessage());
            load();
        } catch (IllegalArgumentException | AccessDeniedException refused) {
            messages.setText(refused.getMessage());
            load();
        }
    }

    private void showDetails(long id) {
        details.removeAll();
        GeoEvent e = shown.get(id);
        if (e == null) {
            return;
        }
        map.select(id);
        details.add(
                new H3(e.placeName()),
                new Paragraph(
                        UiText.date(e.date()) + " · " + UiText.type(e.type()) + " · " + UiText.status(e.status())),
                new Paragraph(e.summary()),
                new Paragraph(String.format(java.util.Locale.ROOT, "%.4f, %.4f", e.latitude(), e.longitude())));
        Button edit = new Button(
                t("pin.edit"),
                click -> new EventForm(t("pin.editTitle", e.placeName()), e, changed -> {
                            try {
                                shown.put(id, editing.update(changed));
                                map.setEvents(shown.values(), x -> true);
                                showDetails(id);
                                return null;
                            } catch (EditConflictException conflict) {
                                load();
                                showDetails(id);
                                return conflict.getMessage();
                            } catch (AccessDeniedException denied) {
                                return denied.getMessage();
                            }
                        })
                        .open());
        Button delete = new Button(t("pin.delete"), click -> confirmDelete(e));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        details.add(new HorizontalLayout(edit, delete), new Anchor("editor/event/" + id, t("pin.history")));
    }

    private void confirmDelete(GeoEvent e) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(t("pin.deleteTitle"));
        confirm.setText(t("pin.deleteText", e.placeName(), UiText.date(e.date())));
        confirm.setCancelable(true);
        confirm.setConfirmText(t("pin.delete"));
        confirm.setCancelText(t("form.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(click -> {
            try {
                editing.delete(e.id(), e.version());
                shown.remove(e.id());
                details.removeAll();
                map.setEvents(shown.values(), x -> true);
                messages.setText("");
            } catch (EditConflictException | AccessDeniedException refused) {
                messages.setText(refused.getMessage());
                load();
            }
        });
        confirm.open();
    }
}
