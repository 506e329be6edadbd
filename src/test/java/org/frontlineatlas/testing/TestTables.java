package org.frontlineatlas.testing;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Emptying and counting tables, so a test that shares its Spring context starts from a clean store. */
public final class TestTables {

    private TestTables() {}

    /** Empties what pinning, importing and extracting write about events: sources, events, articles, the audit. */
    public static void emptyEvents(JdbcClient sql) {
        empty(sql, "event_source", "geo_event", "article", "event_audit");
    }

    /** Deletes every row of the tables, in the order given (children before their parents). */
    public static void empty(JdbcClient sql, String... tables) {
        for (String table : tables) {
            sql.sql("DELETE FROM " + table).update();
        }
    }

    public static long rows(JdbcClient sql, String table) {
        return sql.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
