package org.frontlineatlas.ui.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.Collection;
import java.util.function.Predicate;
import org.frontlineatlas.events.GeoEvent;

/** Java side of {@code <atlas-editor-map>} (frontend/atlas-editor-map.ts): pins to review, click to pin, drag to move. */
@Tag("atlas-editor-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@JsModule("./atlas-editor-map.ts")
public class EditorMap extends Component implements HasSize {

    public EditorMap() {
        getStyle().set("display", "block").set("min-height", "320px");
        AtlasMap.setStrings(this, org.frontlineatlas.i18n.UiText.current());
    }

    /** Shows these events; those for which {@code draggable} holds can be moved by dragging. */
    public void setEvents(Collection<GeoEvent> events, Predicate<GeoEvent> draggable) {
        JsonArray markers = Json.createArray();
        int i = 0;
        for (GeoEvent e : events) {
            JsonObject m = Json.createObject();
            m.put("id", e.id());
            m.put("lat", e.latitude());
            m.put("lon", e.longitude());
            m.put(
                    "label",
                    e.placeName() + " · " + org.frontlineatlas.i18n.UiText.date(e.date()) + " · "
                            + org.frontlineatlas.i18n.UiText.type(e.type()));
            m.put("type", e.type().code());
            m.put("status", e.status().name());
            m.put("draggable", draggable.test(e));
            markers.set(i++, m);
        }
        getElement().setPropertyJson("markers", markers);
    }

    public void select(long id) {
        getElement().setProperty("selected", (double) id); // a JS number: ids stay far below 2^53
    }

    public void flyTo(double lat, double lon, int zoom) {
        getElement().callJsFunction("flyTo", lat, lon, zoom);
    }

    public Registration addMapClickListener(ComponentEventListener<MapClick> listener) {
        return addListener(MapClick.class, listener);
    }

    public Registration addMarkerMovedListener(ComponentEventListener<MarkerMoved> listener) {
        return addListener(MarkerMoved.class, listener);
    }

    public Registration addMarkerClickListener(ComponentEventListener<MarkerClick> listener) {
        return addListener(MarkerClick.class, listener);
    }

    @DomEvent("map-click")
    public static class MapClick extends ComponentEvent<EditorMap> {
        private final double lat;
        private final double lon;

        public MapClick(
                EditorMap source,
                boolean fromClient,
                @EventData("event.detail.lat") double lat,
                @EventData("event.detail.lon") double lon) {
            super(source, fromClient);
            this.lat = lat;
            this.lon = lon;
        }

        public double lat() {
            return lat;
        }

        public double lon() {
            return lon;
        }
    }

    @DomEvent("marker-moved")
    public static class MarkerMoved extends ComponentEvent<EditorMap> {
        private final long id;
        private final double lat;
        private final double lon;

        public MarkerMoved(
                EditorMap source,
                boolean fromClient,
                @EventData("event.detail.id") double id,
                @EventData("event.detail.lat") double lat,
                @EventData("event.detail.lon") double lon) {
            super(source, fromClient);
            this.id = (long) id;
            this.lat = lat;
            this.lon = lon;
        }

        public long id() {
            return id;
        }

        public double lat() {
            return lat;
        }

        public double lon() {
            return lon;
        }
    }

    @DomEvent("marker-click")
    public static class MarkerClick extends ComponentEvent<EditorMap> {
        private final long id;

        public MarkerClick(EditorMap source, boolean fromClient, @EventData("event.detail.id") double id) {
            super(source, fromClient);
            this.id = (long) id;
        }

        public long id() {
            return id;
        }
    }
}
