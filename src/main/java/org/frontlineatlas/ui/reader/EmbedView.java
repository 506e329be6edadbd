package org.frontlineatlas.ui.reader;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.frontlineatlas.reading.WindowReader;
import org.frontlineatlas.ui.map.AtlasMap;
import org.springframework.beans.factory.annotation.Value;

/** The map alone at /embed, for an iframe: same link parameters, no header, list or toolbar. */
@Route("embed")
@AnonymousAllowed
public class EmbedView extends MapPage implements HasDynamicTitle {

    public EmbedView(
            WindowReader events,
            @Value("${atlas.tiles.url:}") String tilesUrl,
            @Value("${atlas.tiles.attribution:}") String tilesAttribution) {
        super(events, AtlasMap.Mode.EMBED, tilesUrl, tilesAttribution);
        addClassName("embed-view");
        addMap();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.name");
    }
}
