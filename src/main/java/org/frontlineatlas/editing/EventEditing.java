package org.frontlineatlas.editing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.frontlineatlas.events.AuditEntry;
import org.frontlineatlas.events.EventChangeBroadcaster;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.security.CurrentEditor;
import org.frontlineatlas.security.EditorsOnly;
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

    @EditorsOnly
    public GeoEvent create(GeoEvent draft) {
        GeoEvent stored = events.create(draft, editor.name());
        return announced(stored, "create");
    }

    /** All or nothing: one invalid event and none is stored. */
    @EditorsOnly
    public int createAll(List<GeoEvent> drafts) {
        int n = events.createAll(drafts, editor.name());
        LocalDate first =
                drafts.stream().map(GeoEvent::date).min(LocalDate::compareTo).orElse(null);
        LocalDate last =
                drafts.stream().map(GeoEvent::dateEnd).max(LocalDate::compareTo).orElse(null);
        changes.changed(new EventChangeBroadcaster.Change(0, "import", first, last));
        return n;
    }

    /** Saves a correction; {@code changed.version()} is the version the editor loaded. */
    @EditorsOnly
    public GeoEvent update(GeoEvent changed) {
        Optional<GeoEvent> before = events.get(changed.id());
        GeoEvent after = events.update(changed, editor.name());
        changes.changed(touched(after, before, "update"));
        return after;
    }

    @EditorsOnly
    public GeoEvent publish(long id, int expectedVersion) {
        return announced(events.setStatus(id, expectedVersion, EventStatus.PUBLISHED, editor.name()), "publish");
    }

    @EditorsOnly
    public GeoEvent reject(long id, int expectedVersion) {
        return announced(events.setStatus(id, expectedVersion, EventStatus.REJECTED, editor.name()), "reject");
    }

    @EditorsOnly
    public void delete(long id, int expectedVersion) {
        Optional<GeoEvent> before = events.get(id);
        events.delete(id, expectedVersion, editor.name());
        changes.changed(before.map(e -> touched(e, Optional.empty(), "delete"))
                .orElse(new EventChangeBroadcaster.Change(id, "delete")));
    }

    @EditorsOnly
    public List<AuditEntry> history(long id) {
        return events.history(id);
    }

    @EditorsOnly
    public GeoEvent restore(long id, long auditId) {
        return announced(events.restore(id, auditId, editor.name()), "restore");
    }

    /** Events waiting for review (PROPOSED), newest first. */
    @EditorsOnly
    public List<GeoEvent> proposals(int limit) {
        return events.withStatus(EventStatus.PROPOSED, limit);
    }

    /** The name writes are attributed to; refuses a disabled account. For other editor services. */
    @EditorsOnly
    public String signedInEditor() {
        return editor.name();
    }

    /** Tells open maps about events written elsewhere on an editor's behalf, starting and ending within [from, to]. */
    @EditorsOnly
    public void announce(LocalDate from, LocalDate to, String action) {
        changes.changed(new EventChangeBroadcaster.Change(0, action, from, to));
    }

    private GeoEvent announced(GeoEvent event, String action) {
        changes.changed(touched(event, Optional.empty(), action));
        return event;
    }

    /** The change, with the days of the event as it is now and as it was before (a correction may move it). */
    private static EventChangeBroadcaster.Change touched(GeoEvent now, Optional<GeoEvent> before, String action) {
        LocalDate from = now.date();
        LocalDate to = now.dateEnd();
        if (before.isPresent()) {
            from = before.get().date().isBefore(from) ? before.get().date() : from;
            to = before.get().dateEnd().isAfter(to) ? before.get().dateEnd() : to;
        }
        return new EventChangeBroadcaster.Change(now.id(), action, from, to);
    }
}
