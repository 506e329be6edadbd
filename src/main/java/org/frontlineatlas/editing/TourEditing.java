package org.frontlineatlas.editing;

import java.util.List;
import java.util.Optional;
import org.frontlineatlas.security.CurrentEditor;
import org.frontlineatlas.security.EditorsOnly;
import org.frontlineatlas.tours.Tour;
import org.frontlineatlas.tours.TourService;
import org.springframework.stereotype.Service;

/**
 * Tours saved on behalf of a signed-in editor (method security, as EventEditing does for events);
 * the demo loader uses TourService directly.
 */
@Service
public class TourEditing {

    private final TourService tours;
    private final CurrentEditor editor;

    public TourEditing(TourService tours, CurrentEditor editor) {
        this.tours = tours;
        this.editor = editor;
    }

    @EditorsOnly
    public Tour save(Tour tour) {
        return tours.save(tour, editor.name());
    }

    @EditorsOnly
    public Optional<Tour> load(String slug) {
        return tours.bySlug(slug);
    }

    @EditorsOnly
    public List<String> slugs() {
        return tours.slugs();
    }
}
