package org.frontlineatlas.events;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;

/**
 * Event writes on behalf of a signed-in editor: the entry point for the editor views and the write
 * API. Each method needs EDITOR or ADMIN (method security), and the change is attributed to the
 * signed-in person, never to a name the caller passes in.
 * <p>
 * Why a separate class rather than @RolesAllowed on {@link EventService}: the demo loader and the
 * command line (import) write through EventService with no one signed in, and the CLI runs without
 * Spring at all. Trusted code uses EventService; anything a person reaches over HTTP uses this.
 */
@Service
public class EventEditing {

    private final EventService events;
    private final SecurityContextHolderStrategy security;

    /** Reads the signed-in person from the same holder method security checks (Vaadin's, in the app). */
    public EventEditing(EventService events, ObjectProvider<SecurityContextHolderStrategy> security) {
        this.events = events;
        this.security = security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @RolesAllowed({"EDITOR", "ADMIN"})
    public GeoEvent create(GeoEvent draft) {
        return events.create(draft, signedIn());
    }

    @RolesAllowed({"EDITOR", "ADMIN"})
    public int createAll(List<GeoEvent> drafts) {
        return events.createAll(drafts, signedIn());
    }

    private String signedIn() {
        Authentication who = security.getContext().getAuthentication();
        return who.getName(); // method security has already refused calls without a signed-in editor
    }
}
