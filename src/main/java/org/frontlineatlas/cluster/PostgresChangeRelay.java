package org.frontlineatlas.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.frontlineatlas.events.EventChangeBroadcaster;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Carries event changes between app instances that share one PostgreSQL database, with LISTEN/NOTIFY:
 * each change made here is announced on {@value #CHANNEL} (after its transaction committed, so a
 * reader told of it finds it), and a listening thread hands the other instances' announcements to
 * this instance's open maps. Announcements are small (instance, event id, action): readers re-query.
 * If the listening connection drops, it reconnects with back-off; changes announced meanwhile reach
 * readers on their next move or reload, as without push.
 */
public class PostgresChangeRelay implements SmartLifecycle {

    static final String CHANNEL = "atlas_event_changes";
    private static final Logger log = LoggerFactory.getLogger(PostgresChangeRelay.class);

    private final EventChangeBroadcaster broadcaster;
    private final JdbcClient jdbc;
    private final String url;
    private final String user;
    private final String password;
    /** Tells this instance's own announcements apart: its pages heard them already. */
    private final String instance = UUID.randomUUID().toString();

    private volatile boolean running;
    private volatile Connection listening;
    private Thread listener;

    public PostgresChangeRelay(
            EventChangeBroadcaster broadcaster, DataSource pool, String url, String user, String password) {
        this.broadcaster = broadcaster;
        this.jdbc = JdbcClient.create(pool);
        this.url = url;
        this.user = user;
        this.password = password;
    }

    @Override
    public void start() {
        running = true;
        broadcaster.relayTo(this::announce);
        listener = new Thread(this::listen, "event-change-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        running = false;
        broadcaster.relayTo(change -> {});
        closeQuietly(listening);
        if (listener != null) {
            listener.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the listening connection is up (for tests and the log). */
    public boolean listening() {
        Connection c = listening;
        try {
            return c != null && !c.isClosed();
        } catch (SQLException e) {
            return false;
        }
    }

    void announce(EventChangeBroadcaster.Change change) {
        announce(jdbc, instance, change);
    }

    /** Tells every instance listening on the database of a change made by {@code sender} (an instance, a command). */
    public static void announce(JdbcClient jdbc, String sender, EventChangeBroadcaster.Change change) {
        jdbc.sql("SELECT pg_notify(:channel, :payload)")
                .param("channel", CHANNEL)
                .param("payload", payload(sender, change))
                .query((rs, n) -> null)
                .list();
    }

    private void listen() {
        long backoff = 500;
        while (running) {
            try (Connection c = DriverManager.getConnection(url, user, password);
                    Statement s = c.createStatement()) {
                s.execute("LISTEN " + CHANNEL);
                listening = c;
                backoff = 500;
                log.info("Listening for other instances' event changes on {}", CHANNEL);
                // Changes announced while this instance was not listening are unknown: forget every cached answer.
                broadcaster.deliver(new EventChangeBroadcaster.Change(0, "resync"));
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = pg.getNotifications(10_000);
                    if (received != null) {
                        for (PGNotification n : received) {
                            receive(n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn("Lost the event-change connection ({}); retrying in {} ms", e.getMessage(), backoff);
                    sleep(backoff);
                    backoff = Math.min(backoff * 2, 30_000);
                }
            } finally {
                listening = null;
            }
        }
    }

    /** "SENDER EVENT-ID ACTION FROM TO", days as YYYY-MM-DD or "-" when unknown; well under NOTIFY's 8000 bytes. */
    static String payload(String sender, EventChangeBroadcaster.Change change) {
        return sender + " " + change.eventId() + " " + change.action() + " " + day(change.from()) + " "
                + day(change.to());
    }

    private static String day(LocalDate d) {
        return d == null ? "-" : d.toString();
    }

    private void receive(String payload) {
        String[] parts = payload.split(" ", -1);
        if (parts.length != 5 || parts[0].equals(instance)) {
            return;
        }
        try {
            broadcaster.deliver(new EventChangeBroadcaster.Change(
                    Long.parseLong(parts[1]),
                    parts[2],
                    parts[3].equals("-") ? null : LocalDate.parse(parts[3]),
                    parts[4].equals("-") ? null : LocalDate.parse(parts[4])));
        } catch (RuntimeException ignored) {
            // not ours to read: another program may use the channel
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing to stop: nothing to do
            }
        }
    }
}
