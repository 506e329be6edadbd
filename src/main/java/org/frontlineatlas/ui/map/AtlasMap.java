package org.frontlineatlas.ui.map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.time.LocalDate;
import java.util.Locale;
import org.frontlineatlas.i18n.UiLanguage;
import org.frontlineatlas.i18n.UiTranslations;
import org.frontlineatlas.tours.Tour;
import org.frontlineatlas.tours.TourStop;

/**
 * Java side of the {@code <atlas-map>} Lit component (frontend/atlas-map.ts): sets the view a page
 * or a link asks for; the component fetches its data from the public API and keeps the URL in step.
 */
@Tag("atlas-map")
@NpmPackage(value = "leaflet", version = "1.9.4")
@NpmPackage(value = "leaflet.markercluster", version = "1.5.3")
@NpmPackage(value = "@types/leaflet", version = "1.9.20", dev = true)
@NpmPackage(value = "@types/leaflet.markercluster", version = "1.5.6", dev = true)
@JsModule("./atlas-map.ts")
public class AtlasMap extends Component implements HasSize {

    public enum Mode {
        READER,
        PRESENT,
        EMBED
    }

    public void setMode(Mode mode) {
        getElement().setProperty("mode", mode.name().toLowerCase(Locale.ROOT));
    }

    /** The component's words and the language they are in (the page's). */
    public void setLanguage(UiLanguage language) {
        setStrings(this, language);
    }

    static void setStrings(Component component, UiLanguage language) {
        JsonObject strings = Json.createObject();
        UiTranslations.webStrings(language).forEach(strings::put);
        component.getElement().setAttribute("lang", language.code());
        component.getElement().setPropertyJson("strings", strings);
    }

    public void setRange(LocalDate first, LocalDate last) {
        getElement().setProperty("minDate", first.toString());
        getElement().setProperty("maxDate", last.toString());
    }

    public void setTiles(String url, String attribution) {
        getElement().setProperty("tilesUrl", url == null ? "" : url);
        getElement().setProperty("tilesAttribution", attribution == null ? "" : attribution);
    }

    /** Applies a view read from a link. */
    public void setView(ViewState s) {
        getElement().setProperty("date", s.date().toString());
        getElement().setProperty("windowDays", s.windowDays());
        getElement().setProperty("speed", s.speed());
        getElement().setProperty("loop", s.loop());
        getElement().setProperty("types", s.typesParam());
        getElement().setProperty("source", s.source() == null ? "" : s.source());
        getElement().setProperty("minConfidence", s.minConfidence());
        if (s.center() != null) {
            getElement().setProperty("lat", s.center().lat());
            getElement().setProperty("lon", s.center().lon());
            getElement().setProperty("zoom", s.center().zoom());
        }
        getElement().setProperty("selected", s.eventId() == null ? 0 : (double) s.eventId());
        getElement()
                .setProperty("autoplayTo", s.until() == null ? "" : s.until().toString());
    }

    public void setTour(Tour tour, int stopIndex) {
        JsonObject json = Json.createObject();
        json.put("name", tour.name());
        JsonArray stops = Json.createArray();
        for (int i = 0; i < tour.stops().size(); i++) {
            TourStop stop = tour.stops().get(i);
            JsonObject o = Json.createObject();
            o.put("date", stop.date().toString());
            o.put("window", stop.windowDays());
            if (stop.lat() != null) {
                o.put("lat", stop.lat());
                o.put("lon", stop.lon());
                o.put("zoom", stop.zoom());
            } else {
                o.put("lat", Json.createNull());
                o.put("lon", Json.createNull());
                o.put("zoom", Json.createNull());
            }
            o.put("note", stop.note());
            stops.set(i, o);
        }
        json.put("stops", stops);
        getElement().setProperty("tourStop", stopIndex);
        getElement().setPropertyJson("tour", json);
    }

    /** Tells open maps to fetch their window again (after an edit). */
    public void refresh() {
        getElement().callJsFunction("refresh");
    }
}
