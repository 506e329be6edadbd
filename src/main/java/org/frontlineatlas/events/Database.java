package org.frontlineatlas.events;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Opens the database outside Spring (command line, benchmarks, tests) and brings its schema up to date. */
public final class Database {

    private Database() {}

    /** An H2 file database at {@code configuredPath} (see {@link DatabaseLocation}), migrated. */
    public static HikariDataSource openFile(String configuredPath) {
        return open(DatabaseLocation.jdbcUrl(DatabaseLocation.prepare(configuredPath)));
    }

    /** A migrated H2 database at any H2 JDBC URL (e.g. jdbc:h2:mem:name;DB_CLOSE_DELAY=-1). */
    public static HikariDataSource open(String jdbcUrl) {
        return open(jdbcUrl, "sa", "");
    }

    /** A migrated database at any JDBC URL (H2 or PostgreSQL with PostGIS). */
    public static HikariDataSource open(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        config.setPoolName("atlas-cli");
        HikariDataSource ds = new HikariDataSource(config);
        try {
            migrate(ds);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
        return ds;
    }

    /** Runs the shared migrations and those of this database (as the app's spring.flyway.locations does). */
    public static void migrate(DataSource ds) {
        Flyway.configure()
                .dataSource(ds)
                .locations("classpath:db/migration", "classpath:db/vendor/" + vendor(ds))
                .load()
                .migrate();
    }

    /** Spring Boot's name for the database behind {@code ds}: h2 or postgresql. */
    static String vendor(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : product.contains("h2") ? "h2" : product;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database: " + e.getMessage(), e);
        }
    }
}
