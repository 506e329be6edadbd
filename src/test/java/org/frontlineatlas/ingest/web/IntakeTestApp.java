package org.frontlineatlas.ingest.web;

import org.frontlineatlas.testing.TestTables;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The settings the intake tests share, so their Spring contexts are one (cached). */
public final class IntakeTestApp {

    public static final String DATABASE = "spring.datasource.url=jdbc:h2:mem:intake;DB_CLOSE_DELAY=-1";
    /** The fixture site runs on 127.0.0.1; ticks are off so each test polls when it says. */
    public static final String ALLOW_PRIVATE = "atlas.fetch.allow-private=true";

    public static final String READ_TIMEOUT = "atlas.fetch.read-timeout=3s";
    public static final String NO_TICKS = "atlas.feeds.poll=false";

    private IntakeTestApp() {}

    /** Empties what intake writes (feeds, articles, events and their audit), so each test starts clean. */
    public static void emptyStore(JdbcClient sql) {
        TestTables.empty(sql, "feed_item", "feed");
        TestTables.emptyEvents(sql);
    }
}
