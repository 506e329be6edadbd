package org.frontlineatlas.cluster;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Instances starting together on one empty PostgreSQL database would each see "no admin yet, no
 * events yet" and seed twice (or fail on the admin's unique name). This holds a PostgreSQL advisory
 * lock from before the first start-up runner (FirstAdmin, the demo loaders) until after the last, so
 * one instance seeds and the others, waiting, then find the seeds and skip.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class FirstStartLock implements ApplicationRunner, DisposableBean {

    /** Any fixed number; "atlas" in ASCII, so another app sharing the database is unlikely to pick it. */
    static final long KEY = 0x61746c6173L;
    /** The order of start-up runners that seed the database: after the lock, before its release. */
    public static final int SEEDING_ORDER = 0;

    private final DataSource pool;
    private Connection held;

    FirstStartLock(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public synchronized void run(ApplicationArguments args) throws SQLException {
        held = pool.getConnection();
        try (Statement s = held.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + KEY + ")"); // waits while another instance seeds
        }
    }

    /** Unlocks by ending the session's hold; also run if start-up fails after the lock was taken. */
    synchronized void unlock() throws SQLException {
        if (held != null) {
            try (Statement s = held.createStatement()) {
                s.execute("SELECT pg_advisory_unlock(" + KEY + ")");
            } finally {
                held.close();
                held = null;
            }
        }
    }

    @Override
    public void destroy() throws SQLException {
        unlock();
    }

    Release release() {
        return new Release(this);
    }

    /** The runner after all others: seeding is done, the next instance may look. */
    @Order(Ordered.LOWEST_PRECEDENCE)
    public static final class Release implements ApplicationRunner {
        private final FirstStartLock lock;

        Release(FirstStartLock lock) {
            this.lock = lock;
        }

        @Override
        public void run(ApplicationArguments args) throws SQLException {
            lock.unlock();
        }
    }
}
