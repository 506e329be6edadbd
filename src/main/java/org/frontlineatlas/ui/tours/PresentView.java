package org.frontlineatlas.ui.tours;

import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.frontlineatlas.reading.WindowReader;
import org.frontlineatlas.tours.TourService;
import org.frontlineatlas.ui.map.AtlasMap;
import org.frontlineatlas.ui.map.ViewState;
import org.frontlineatlas.ui.reader.MapPage;
import org.springframework.beans.factory.annotation.Value;

/**
 * Present mode at /present: large type, no editing chrome, a full-screen button; `to=` autoplays
 * from the date to that day; `tour=slug` plays a saved tour stop by stop (arrow keys or buttons).
 */
@Route("present")
@AnonymousAllowed
public class PresentView extends MapPage implements HasDynamicTitle {

    private final TourService tours;

    public PresentView(
            WindowReader events,
            TourService tours,
            @Value("${atlas.tiles.url:}") String tilesUrl,
            @Value("${atlas.tiles.attribution:}") String tilesAttribution) {
        super(events, AtlasMap.Mode.PRESENT, tilesUrl, tilesAttribution);
        this.tours = tours;
        addClassName("present-view");
        addMap();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("present.title");
    }

    @Override
    protected List<String> extraNotes(Map<String, List<String>> query, ViewState state) {
        String slug = query.getOrDefault("tour", List.of()).stream().findFirst().orElse(null);
        if (slug == null) {
            return List.of();
        }
        var tour = slug.length() <= 80 ? tours.bySlug(slug) : java.util.Optional.<org.frontlineatlas.tours.Tour>empty();
        if (tour.isEmpty()) {
            return List.of(getTranslation("present.noTour", slug.length() > 40 ? slug.substring(0, 40) + "…" : slug));
        }
        int stop = query.getOrDefault("stop", List.of("1")).stream()
                .findFirst()
                .map(PresentView::stopIndex)
                .orElse(0);
        map.setTour(tour.get(), Math.min(stop, tour.get().stops().size() - 1));
        return List.of();
    }

    private static int stopIndex(String text) {
        try {
            return Math.max(0, Integer.parseInt(text.strip()) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
