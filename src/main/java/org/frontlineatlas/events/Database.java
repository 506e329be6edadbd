package org.frontlineatlas.events;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Opens the H2 database outside Spring (command line, benchmarks, tests) and brings its schema up to date. */
public final class Database {

    private Database() {
    }

    /** An H2 file database at {@code configuredPath} (see {@link DatabaseLocation}), migrated. */
    public static HikariDataSource openFile(String configuredPath) {
        return open(DatabaseLocation.jdbcUrl(DatabaseLocation.prepare(configuredPath)));
    }

    /** A migrated database at any JDBC URL (e.g. jdbc:h2:mem:name;DB_CLOSE_DELAY=-1). */
    public static HikariDataSource open(String jdbcUrl) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername("sa");
        config.setPassword("");
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

    public static void migrate(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    }
}
