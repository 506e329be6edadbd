package org.frontlineatlas.events;

import java.time.LocalDate;
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

    /**
     * What changed: the event's id, and the days the change touched (before and after it), or null
     * for both when they are not known (a bulk import): then every window may have changed.
     */
    public record Change(long eventId, String action, LocalDate from, LocalDate to) {

        public Change(long eventId, String action) {
            this(eventId, action, null, null);
        }

        /** Whether a window of days [windowFrom, windowTo] may hold what changed. */
        public boolean touches(LocalDate windowFrom, LocalDate windowTo) {
            return from == null || to == null || new DateRange(from, to).overlaps(new DateRange(windowFrom, windowTo));
        }
    }

    /** The action of a change found by re-reading the database (a write made outside the app); not relayed. */
    public static final String RELOADED = "reloaded";

    private final Set<Consumer<Change>> listeners = new CopyOnWriteArraySet<>();
    /** In-memory copies of the data (the published-event index), brought up to date before anything else. */
    private final Set<Consumer<Change>> readModels = new CopyOnWriteArraySet<>();
    /** Caches of answers, told before any page so a page that re-asks gets the new answer. */
    private final Set<Consumer<Change>> caches = new CopyOnWriteArraySet<>();

    private volatile Consumer<Change> relay = change -> {};

    /** Registers a listener; run the returned action to remove it (on detach). */
    public Runnable register(Consumer<Change> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Registers an in-memory copy of the events to update with each change; told first, so the caches
     * that forget next rebuild from the new state.
     */
    public void registerReadModel(Consumer<Change> model) {
        readModels.add(model);
    }

    /** Registers a cache to forget what a change touched; told before the pages are. */
    public void registerCache(Consumer<Change> cache) {
        caches.add(cache);
    }

    /** Sends this instance's changes on to the other instances as well (once, at start-up). */
    public void relayTo(Consumer<Change> relay) {
        this.relay = relay;
    }

    /** A change made here: this instance's pages hear it now, the other instances' through the relay. */
    public void changed(long eventId, String action) {
        changed(new Change(eventId, action));
    }

    /** A change made here whose days are known (see {@link Change}). */
    public void changed(Change change) {
        deliver(change);
        try {
            relay.accept(change);
        } catch (RuntimeException e) {
            // The change is stored; other instances' readers see it on their next move or reload.
        }
    }

    /** Tells this instance's open pages of a change (made here, or relayed from another instance). */
    public void deliver(Change change) {
        readModels.forEach(model -> model.accept(change));
        caches.forEach(cache -> cache.accept(change));
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
