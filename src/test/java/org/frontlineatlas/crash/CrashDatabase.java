package org.frontlineatlas.crash;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.frontlineatlas.testing.TestDatabase;

/**
 * The database a crash test runs the app on: the arguments that point the app at it, and a JDBC
 * connection for the checks, taken while the app is down (straight after the kill, before any
 * restart could repair or hide anything).
 */
interface CrashDatabase extends AutoCloseable {

    /** Appended to {@code java -jar frontline-atlas.jar}. */
    List<String> appArguments();

    /** A connection for reading what is stored; the caller closes it. */
    Connection connect() throws SQLException;

    @Override
    default void close() throws Exception {}

    /** The default: an H2 file database in a fresh folder, opened by the app exactly as a user's would be. */
    static CrashDatabase h2File(Path folder) {
        Path file = folder.resolve("atlas");
        return new CrashDatabase() {
            @Override
            public List<String> appArguments() {
                return List.of("--atlas.db.path=" + file);
            }

            @Override
            public Connection connect() throws SQLException {
                // Read-only: the check must not write to (and so repair) the file the app left behind.
                return DriverManager.getConnection("jdbc:h2:file:" + file + ";ACCESS_MODE_DATA=r", "sa", "");
            }

            @Override
            public String toString() {
                return "H2 file " + file;
            }
        };
    }

    /**
     * A fresh schema of the test PostgreSQL ({@code .ci/postgres}), the app on profile {@code postgres}.
     * Here the kill cuts the app's connections, and the server must roll back what was not committed.
     */
    static CrashDatabase postgres(Path folder) {
        String url = TestDatabase.Postgres.urlFor(TestDatabase.newSchema("crash")); // dropped when the JVM ends
        return new CrashDatabase() {
            @Override
            public List<String> appArguments() {
                return List.of(
                        "--spring.profiles.active=postgres",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + TestDatabase.Postgres.user(),
                        "--spring.datasource.password=" + TestDatabase.Postgres.password());
            }

            @Override
            public Connection connect() throws SQLException {
                Connection c = DriverManager.getConnection(
                        url, TestDatabase.Postgres.user(), TestDatabase.Postgres.password());
                c.setReadOnly(true);
                return c;
            }

            @Override
            public String toString() {
                return "PostgreSQL " + url;
            }
        };
    }
}
