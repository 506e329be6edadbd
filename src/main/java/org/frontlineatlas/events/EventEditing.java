package org.frontlineatlas.events;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.frontlineatlas.security.CurrentEditor;
import org.springframework.stereotype.Service;

/**
 * Event writes on behalf of a signed-in editor: the entry point for the editor views and the write
 * API. Each method needs EDITOR or ADMIN (method security), and the change is attributed to the
 * signed-in person, never to a name the caller passes in; a disabled account is refused even while
 * its session lasts. Every write tells open maps (EventChangeBroadcaster).
 * <p>
 * Why a separate class rather than @RolesAllowed on {@link EventService}: the demo loader and the
 * command line (import) write through EventService with no one signed in, and the CLI runs without
 * Spring at all. Trusted code uses EventService; anything a person reaches over HTTP uses this.
 */
@Service
public class EventEditing {

    private final EventService events;
    private final CurrentEditor editor;
    private final EventChangeBroadcaster changes;

    public EventEditing(EventService events, CurrentEditor editor, EventChangeBroadcaster changes) {
        this.events = events;
        this.editor = editor;
        this.changes = changes;
    }

    @RolesAllowed({"EDITOR", "ADMIN"})
    public GeoEvent create(GeoEvent draft) {
        GeoEvent stored = events.create(draft, editor.name());
        changes.changed(stored.id(), "create");
        return stored;
    }

    /** All or nothing: one invalid event and none is stored. */
    @RolesAllowed({"EDITOR", "ADMIN"})
    public int createAll(List<GeoEvent> drafts) {
        int n = events.createAll(drafts, editor.name());
        changes.changed(0, "import");
        return n;
    }

    /** Saves a correction; {@code changed.version()} is the version the editor loaded. */
    @RolesAllowed({"EDITOR", "ADMIN"})
    public GeoEvent update(GeoEvent changed) {
        return announced(events.update(changed, editor.name()), "update");
    }

    @RolesAllowed({"EDITOR", "ADMIN"})
    public GeoEvent publish(long id, int expectedVersion) {
        return announced(events.setStatus(id, expectedVersion, EventStatus.PUBLISHED, editor.name()), "publish");
    }

    @RolesAllowed({"EDITOR", "ADMIN"})
    public GeoEvent reject(long id, int expectedVersion) {
        return announced(events.setStatus(id, expectedVersion, EventStatus.REJECTED, editor.name()), "reject");
    }

    @RolesAllowed({"EDITOR", "ADMIN"})
    public void delete(long id, int expectedVersion) {
        events.delete(id, expectedVersion, editor.name());
        changes.changed(id, "delete");
    }

    @RolesAllowed({"EDITOR", "ADMIN"})
    public List<AuditEntry> history(long id) {
        return events.history(id);
    }

    @RolesAllowed({"EDITOR", "ADMIN"})
    public GeoEvent restore(long id, long auditId) {
        return announced(events.restore(id, auditId, editor.name()), "restore");
    }

    /** Events waiting for review (PROPOSED), newest first. */
    @RolesAllowed({"EDITOR", "ADMIN"})
    public List<GeoEvent> proposals(int limit) {
        return events.withStatus(EventStatus.PROPOSED, limit);
    }

    /** The name writes are attributed to; refuses a disabled account. For other editor services. */
    @RolesAllowed({"EDITOR", "ADMIN"})
    public String signedInEditor() {
        return editor.name();
    }

    /** Tells open maps about writes made elsewhere on an editor's behalf (an ingest). */
    @RolesAllowed({"EDITOR", "ADMIN"})
    public void announce(long eventId, String action) {
        changes.changed(eventId, action);
    }

    private GeoEvent announced(GeoEvent event, String action) {
        changes.changed(event.id(), action);
        return event;
    }
}
