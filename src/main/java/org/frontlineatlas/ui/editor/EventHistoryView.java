package org.frontlineatlas.ui.editor;

import static org.frontlineatlas.i18n.UiText.t;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.frontlineatlas.editing.EventEditing;
import org.frontlineatlas.events.AuditEntry;
import org.frontlineatlas.events.EditConflictException;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.i18n.UiText;
import org.springframework.security.access.AccessDeniedException;

/** /editor/event/{id}: every recorded change of one report, and a way back to any earlier version. */
@Route("editor/event")
@RolesAllowed({"EDITOR", "ADMIN"})
public class EventHistoryView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final EventEditing editing;
    private final EventService events;
    private final Paragraph current = new Paragraph();
    private final Div messages = new Div();
    private final Grid<AuditEntry> changes = new Grid<>();
    private long id;

    public EventHistoryView(EventEditing editing, EventService events, AuthenticationContext authentication) {
        this.editing = editing;
        this.events = events;
        addClassName("history-view");
        messages.addClassName("editor-message");
        messages.getElement().setAttribute("role", "alert");
        changes.addColumn(a -> UiText.dateTime(a.at()))
                .setHeader(t("history.when"))
                .setAutoWidth(true);
        changes.addColumn(a -> a.viaToken() == null ? a.by() : t("history.viaToken", a.by(), a.viaToken()))
                .setHeader(t("history.who"))
                .setAutoWidth(true);
        changes.addColumn(a -> UiText.action(a.action()))
                .setHeader(t("history.what"))
                .setAutoWidth(true);
        changes.addColumn(a -> describe(a.after() != null ? a.after() : a.before()))
                .setHeader(t("history.version"))
                .setFlexGrow(1);
        changes.addComponentColumn(this::restoreButton).setHeader("").setAutoWidth(true);
        changes.setAllRowsVisible(true);
        changes.addClassName("history");
        add(new EditorNav(t("history.title"), authentication), current, messages, changes);
    }

    @Override
    public String getPageTitle() {
        return t("history.pageTitle");
    }

    @Override
    public void setParameter(BeforeEvent event, Long parameter) {
        this.id = parameter == null ? 0 : parameter;
        refresh();
    }

    private void refresh() {
        GeoEvent now = events.get(id).orElse(null);
        current.setText(
                now == null
                        ? t("history.deleted", String.valueOf(id))
                        : t("history.now", describe(now), UiText.status(now.status()), now.version()));
        List<AuditEntry> history = editing.history(id);
        if (history.isEmpty()) {
            current.setText(t("history.none", String.valueOf(id)));
        }
        List<AuditEntry> newestFirst = new java.util.ArrayList<>(history);
        java.util.Collections.reverse(newestFirst);
        changes.setItems(newestFirst);
    }

    private Button restoreButton(AuditEntry entry) {
        Button restore = new Button(t("history.restore"), e -> {
            try {
                editing.restore(id, entry.id());
                messages.setText("");
                refresh();
            } catch (EditConflictException | IllegalArgumentException | AccessDeniedException refused) {
                messages.setText(refused.getMessage());
                refresh();
            }
        });
        restore.setAriaLabel(t("history.restoreWhen", UiText.dateTime(entry.at())));
        GeoEvent now = events.get(id).orElse(null);
        GeoEvent version = entry.after() != null ? entry.after() : entry.before();
        restore.setEnabled(version != null && (now == null || !version.sameContentAs(now)));
        return restore;
    }

    private static String describe(GeoEvent e) {
        if (e == null) {
            return "";
        }
        return e.placeName() + " · " + UiText.date(e.date()) + " · " + UiText.type(e.type()) + " · "
                + UiText.status(e.status()) + " · " + e.summary();
    }
}
