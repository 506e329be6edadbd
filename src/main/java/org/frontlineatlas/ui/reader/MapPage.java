package org.frontlineatlas.ui.reader;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.server.VaadinService;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.frontlineatlas.events.DateRange;
import org.frontlineatlas.events.EventChangeBroadcaster;
import org.frontlineatlas.reading.WindowReader;
import org.frontlineatlas.ui.map.AtlasMap;
import org.frontlineatlas.ui.map.ViewState;

/**
 * What the reader's, presenter's and embedded pages share: the map component, set from the link,
 * and a note above it when the link asked for something that could not be shown.
 */
public abstract class MapPage extends VerticalLayout implements BeforeEnterObserver {

    protected final WindowReader events;
    protected final AtlasMap map = new AtlasMap();
    protected final Div notes = new Div();

    protected MapPage(WindowReader events, AtlasMap.Mode mode, String tilesUrl, String tilesAttribution) {
        this.events = events;
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        setAlignItems(FlexComponent.Alignment.STRETCH);
        notes.addClassName("view-notes");
        notes.getElement().setAttribute("role", "status");
        notes.setVisible(false);
        map.setMode(mode);
        map.setLanguage(org.frontlineatlas.i18n.UiText.current());
        map.setTiles(tilesUrl, tilesAttribution);
        map.setSizeFull();
    }

    private Runnable stopListening;

    /**
     * Open maps follow the editors: a published or changed report shows without a reload (pushed).
     * The broadcaster is looked up here rather than injected so the pages' constructors stay as they are.
     */
    @Override
    // Vaadin hands a command that throws to the session's ErrorHandler, so the access Future has nothing left to tell.
    @SuppressWarnings("FutureReturnValueIgnored")
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        UI ui = attach.getUI();
        EventChangeBroadcaster changes =
                VaadinService.getCurrent().getInstantiator().getOrCreate(EventChangeBroadcaster.class);
        stopListening = changes.register(change -> ui.access(() -> {
            events.publishedRange().ifPresent(r -> map.setRange(r.first(), r.last()));
            map.refresh();
        }));
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (stopListening != null) {
            stopListening.run();
            stopListening = null;
        }
        super.onDetach(detach);
    }

    /** Adds the notes and the map below whatever the page put first; the map takes the rest. */
    protected void addMap() {
        add(notes, map);
        setFlexGrow(1, map);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> query =
                event.getLocation().getQueryParameters().getParameters();
        DateRange range = events.publishedRange()
                .orElse(new DateRange(LocalDate.now(ZoneOffset.UTC), LocalDate.now(ZoneOffset.UTC)));
        ViewState state = ViewState.fromLink(query, range);
        map.setRange(range.first(), range.last());
        map.setView(state);
        List<String> all = new java.util.ArrayList<>(state.notes());
        all.addAll(extraNotes(query, state));
        showNotes(all);
    }

    /** Pages with more to read from the link (a tour) add their notes here. */
    protected List<String> extraNotes(Map<String, List<String>> query, ViewState state) {
        return List.of();
    }

    private void showNotes(List<String> lines) {
        notes.removeAll();
        lines.forEach(n -> notes.add(new Div(n))); // text nodes: the reader's input is never HTML
        notes.setVisible(!lines.isEmpty());
    }
}
