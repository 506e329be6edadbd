package org.frontlineatlas.events;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * Tells open pages that stored events changed, so readers' maps redraw without a reload. Listeners
 * are called on the writer's thread and must hand the work to their own UI (Vaadin's UI.access).
 */
public class EventChangeBroadcaster {

    /** What changed: the event's id. */
    public record Change(long eventId, String action) {
    }

    private final Set<Consumer<Change>> listeners = new CopyOnWriteArraySet<>();

    /** Registers a listener; run the returned action to remove it (on detach). */
    public Runnable register(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void changed(long eventId, String action) {
        Change change = new Change(eventId, action);
        for (Consumer<Change> listener : listeners) {
            try {
                listener.accept(change);
            } catch (RuntimeException e) {
                // One closed page must not stop the others (or the editor's save) from going through.
            }
        }
    }

    public int listenerCount() {
        return listeners.size();
    }
}
