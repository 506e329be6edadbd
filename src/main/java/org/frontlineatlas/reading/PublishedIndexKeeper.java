package org.frontlineatlas.reading;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.frontlineatlas.events.EventChangeBroadcaster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Loads the {@link PublishedEventIndex} before the web server takes requests (about 0.3 s per
 * 100,000 events: loaded while 200 readers already ask, it was starved of CPU for a minute), keeps it current with every change (here, or relayed from
 * other instances), and re-reads it every {@code atlas.api.cache-minutes} so that writes made outside
 * the app (SQL by hand) reach readers too: pages are told when such a re-read found a difference.
 */
@Component
public class PublishedIndexKeeper implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PublishedIndexKeeper.class);

    private final PublishedEventIndex index;
    private final EventChangeBroadcaster changes;
    private final long minutes;
    private final ScheduledExecutorService reloads = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "published-index");
        t.setDaemon(true);
        return t;
    });
    /** The periodic re-read, kept so that closing the app cancels it before the executor stops. */
    private volatile ScheduledFuture<?> rereads;

    public PublishedIndexKeeper(
            WindowReader reader, EventChangeBroadcaster changes, @Value("${atlas.api.cache-minutes:10}") long minutes) {
        this.index = reader.publishedIndex();
        this.changes = changes;
        this.minutes = Math.max(1, minutes);
        changes.registerReadModel(change -> {
            if (!EventChangeBroadcaster.RELOADED.equals(change.action())) {
                index.apply(change);
            }
        });
    }

    /** Every bean exists (the schema is migrated); the web server starts after this. */
    @Override
    public void afterSingletonsInstantiated() {
        firstLoad();
        rereads = reloads.scheduleWithFixedDelay(this::reload, minutes, minutes, TimeUnit.MINUTES);
    }

    private void firstLoad() {
        long start = System.nanoTime();
        try {
            index.load();
            log.info("Published events in memory: {} in {} ms", index.size(), (System.nanoTime() - start) / 1_000_000);
        } catch (RuntimeException e) {
            // The public API asks the database meanwhile; the next re-read tries again.
            log.warn("Could not load the published events into memory; the API reads the database meanwhile", e);
        }
    }

    private void reload() {
        try {
            if (index.load()) {
                // Something changed without a change notice (a write by hand): caches forget, pages re-ask.
                changes.deliver(new EventChangeBroadcaster.Change(0, EventChangeBroadcaster.RELOADED));
            }
        } catch (RuntimeException e) {
            log.warn("Could not re-read the published events; keeping what is in memory", e);
        }
    }

    @Override
    public void destroy() {
        ScheduledFuture<?> running = rereads;
        if (running != null) {
            running.cancel(true);
        }
        reloads.shutdownNow();
    }
}
