package org.frontlineatlas.ingest.feeds;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every tick, polls the feeds that are due, each on a thread of its own (up to four at once), so a
 * slow or hanging feed holds up only itself. A feed is claimed before its poll, so two ticks (or
 * two instances on one database) never poll it at the same time.
 */
public class FeedPoller implements DisposableBean {

    private final FeedRepository feeds;
    private final FeedPoll poll;
    private final Clock clock;
    private final boolean enabled;
    private final ExecutorService workers = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "feed-poll");
        t.setDaemon(true);
        return t;
    });

    FeedPoller(FeedRepository feeds, FeedPoll poll, Clock clock, boolean enabled) {
        this.feeds = feeds;
        this.poll = poll;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Scheduled(fixedDelayString = "${atlas.feeds.tick:60s}", initialDelayString = "${atlas.feeds.tick:60s}")
    void tick() {
        if (enabled) {
            pollDue(FeedPoll.LONGEST_POLL.plusMinutes(1));
        }
    }

    /** Polls every due feed and waits up to {@code wait} for them; returns how many were polled. */
    public int pollDue(Duration wait) {
        List<Future<?>> running = new ArrayList<>();
        for (Feed feed : feeds.findDue(clock.instant())) {
            // Out of reach while it is polled; the poll then sets the real next time.
            if (feeds.claim(feed, clock.instant().plus(FeedPoll.LONGEST_POLL.multipliedBy(2)))) {
                running.add(workers.submit(() -> poll.poll(feed)));
            }
        }
        long until = System.nanoTime() + wait.toNanos();
        for (Future<?> f : running) {
            try {
                f.get(Math.max(0, until - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException stillRunning) {
                // it goes on in the background and records its own outcome
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException e) {
                // FeedPoll records its failures; nothing reaches here but errors of the JVM
            }
        }
        return running.size();
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
