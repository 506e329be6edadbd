package org.frontlineatlas.events;

import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * Tells open pages that stored events changed, so readers' maps redraw without a reload. Listeners
 * are called on the writer's thread and must hand the work to their own UI (Vaadin's UI.access).
 * With several app instances on one database, a relay ({@link PostgresChangeRelay}) carries each
 * change to the other instances, which hand it to their own pages through {@link #deliver}.
 */
public class EventChangeBroadcaster {

    /** What changed: the event's id. */
    public record Change(long eventId, String action) {
    }

    private final Set<Consumer<Change>> listeners = new CopyOnWriteArraySet<>();
    private volatile Consumer<Change> relay = change -> { };

    /** Registers a listener; run the returned action to remove it (on detach). */
    public Runnable register(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Sends this instance's changes on to the other instances as well (once, at start-up). */
    public void relayTo(Consumer<Change> relay) {
        this.relay = relay;
    }

    /** A change made here: this instance's pages hear it now, the other instances' through the relay. */
    public void changed(long eventId, String action) {
        Change change = new Change(eventId, action);
        deliver(change);
        try {
            relay.accept(change);
        } catch (RuntimeException e) {
            // The change is stored; other instances' readers see it on their next move or reload.
        }
    }

    /** Tells this instance's open pages of a change (made here, or relayed from another instance). */
    public void deliver(Change change) {
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
