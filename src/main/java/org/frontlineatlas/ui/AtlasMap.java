package org.frontlineatlas.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;

/** Java side of the {@code <atlas-map>} Lit component (frontend/atlas-map.ts). */
@Tag("atlas-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "@types/leaflet", version = "1.9.20", dev = true)
@JsModule("./atlas-map.ts")
public class AtlasMap extends Component implements HasSize {

    public void setRange(LocalDate first, LocalDate last) {
        getElement().setProperty("minDate", first.toString());
        getElement().setProperty("maxDate", last.toString());
    }

    public void setView(LocalDate date, int windowDays) {
        getElement().setProperty("date", date.toString());
        getElement().setProperty("window", windowDays);
    }

    public void setTiles(String url, String attribution) {
        getElement().setProperty("tilesUrl", url == null ? "" : url);
        getElement().setProperty("tilesAttribution", attribution == null ? "" : attribution);
    }

    /** Tells open maps to fetch their window again (after an edit). */
    public void refresh() {
        getElement().callJsFunction("refresh");
    }

    public Registration addViewChangeListener(com.vaadin.flow.component.ComponentEventListener<ViewChangeEvent> listener) {
        return addListener(ViewChangeEvent.class, listener);
    }

    /** The reader moved the slider or chose another window. */
    @DomEvent("atlas-view-changed")
    public static class ViewChangeEvent extends ComponentEvent<AtlasMap> {
        private final String date;
        private final int windowDays;

        public ViewChangeEvent(AtlasMap source, boolean fromClient,
                               @EventData("event.detail.date") String date,
                               @EventData("event.detail.window") int windowDays) {
            super(source, fromClient);
            this.date = date;
            this.windowDays = windowDays;
        }

        public String date() {
            return date;
        }

        public int windowDays() {
            return windowDays;
        }
    }
}
