package org.frontlineatlas.crash;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

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
    default void close() throws Exception {
    }

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

    // PostgreSQL: waits for the `postgres` Spring profile on main. Then add a case here that creates a
    // fresh schema in atlas_test on localhost:5432 (role atlas/atlas), passes
    //   --spring.profiles.active=postgres
    //   --spring.datasource.url=jdbc:postgresql://localhost:5432/atlas_test?currentSchema=SCHEMA
    //   --spring.datasource.username=atlas --spring.datasource.password=atlas
    // connects with the same URL for the checks, and drops the schema in close(); then list it in
    // CrashRecoveryIT.databases().
}
