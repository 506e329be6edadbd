package org.frontlineatlas.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.frontlineatlas.events.Database;

/**
 * The database the storage tests run on: H2 in memory by default, PostgreSQL + PostGIS when the
 * tests run with {@code -Datlas.test.db=postgres} (the pom's second test pass). On PostgreSQL each
 * test database is a fresh schema of {@value #PG_DATABASE}, dropped when the test JVM ends.
 */
public final class TestDatabase {

    public static final String PG_DATABASE = "atlas_test";
    private static final String PG_URL =
            System.getProperty("atlas.test.pg.url", "jdbc:postgresql://localhost:5432/" + PG_DATABASE);
    private static final String PG_USER = System.getProperty("atlas.test.pg.user", "atlas");
    private static final String PG_PASSWORD = System.getProperty("atlas.test.pg.password", "atlas");
    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropCreatedSchemas, "drop-test-schemas"));
    }

    private TestDatabase() {}

    public static boolean postgres() {
        return "postgres".equalsIgnoreCase(System.getProperty("atlas.test.db", "h2"));
    }

    /** "H2" or "PostgreSQL", for messages. */
    public static String name() {
        return postgres() ? "PostgreSQL" : "H2";
    }

    /** A fresh, migrated database for one test; {@code label} names it (for logs and leftovers). */
    public static HikariDataSource open(String label) {
        if (!postgres()) {
            return Database.open("jdbc:h2:mem:" + label + "-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        }
        return Database.open(Postgres.urlFor(newSchema(label)), PG_USER, PG_PASSWORD);
    }

    /** A new, empty schema on the test PostgreSQL; its name. */
    public static String newSchema(String label) {
        String schema = ("t_" + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_"
                + UUID.randomUUID().toString().substring(0, 8));
        execute("CREATE SCHEMA " + schema);
        CREATED.add(schema);
        return schema;
    }

    /** JDBC settings of the test PostgreSQL. */
    public static final class Postgres {
        private Postgres() {}

        /** A URL whose tables live in {@code schema}; PostGIS's functions and types come from public. */
        public static String urlFor(String schema) {
            return PG_URL + (PG_URL.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
        }

        public static String user() {
            return PG_USER;
        }

        public static String password() {
            return PG_PASSWORD;
        }
    }

    private static void execute(String sql) {
        try (Connection c = DriverManager.getConnection(PG_URL, PG_USER, PG_PASSWORD);
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "the PostgreSQL test pass needs PostgreSQL 15 + PostGIS at " + PG_URL
                            + " (role " + PG_USER + "): run `sudo bash .ci/postgres`, or skip the pass with"
                            + " -Datlas.postgres.skip=true (" + e.getMessage() + ")",
                    e);
        }
    }

    private static void dropCreatedSchemas() {
        for (String schema : CREATED) {
            try {
                execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            } catch (RuntimeException ignored) {
                // best effort at exit: .ci/postgres recreates nothing, but leftovers harm no later run
            }
        }
    }
}
