package org.frontlineatlas.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import org.frontlineatlas.events.EventService;
import org.springframework.beans.factory.annotation.Value;

/** The reader's page at /: the map of reports with its time bar, list and filters. */
@Route("")
@PageTitle("Frontline Atlas")
public class MapView extends MapPage {

    public MapView(EventService events,
                   @Value("${atlas.tiles.url:}") String tilesUrl,
                   @Value("${atlas.tiles.attribution:}") String tilesAttribution) {
        super(events, AtlasMap.Mode.READER, tilesUrl, tilesAttribution);
        addClassName("map-view");
        H1 title = new H1("Frontline Atlas");
        title.addClassName("app-title");
        Span tagline = new Span("Reports of the Russia-Ukraine war on a map, day by day");
        tagline.addClassName("app-tagline");
        Header header = new Header(title, tagline);
        header.addClassName("app-header");
        add(header);
        addMap();
    }
}
