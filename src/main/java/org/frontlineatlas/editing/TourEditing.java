package org.frontlineatlas.editing;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.frontlineatlas.security.CurrentEditor;
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

    @RolesAllowed({"EDITOR", "ADMIN"})
    public Tour save(Tour tour) {
        return tours.save(tour, editor.name());
    }

    @RolesAllowed({"EDITOR", "ADMIN"})
    public Optional<Tour> load(String slug) {
        return tours.bySlug(slug);
    }

    @RolesAllowed({"EDITOR", "ADMIN"})
    public List<String> slugs() {
        return tours.slugs();
    }
}
