package org.frontlineatlas.testing;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * A fresh, migrated {@link TestDatabase} for each test, closed after it. Registered on an instance
 * field with {@code @RegisterExtension}, it is open before the test class's own {@code @BeforeEach}.
 */
public final class FreshDatabase implements BeforeEachCallback, AfterEachCallback {

    private final String label;
    private HikariDataSource ds;

    /** {@code label} names each database (for logs and PostgreSQL leftovers). */
    public FreshDatabase(String label) {
        this.label = label;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        ds = TestDatabase.open(label);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (ds != null) {
            ds.close();
            ds = null;
        }
    }

    public HikariDataSource dataSource() {
        return ds;
    }

    public JdbcClient sql() {
        return JdbcClient.create(ds);
    }

    public DataSourceTransactionManager transactions() {
        return new DataSourceTransactionManager(ds);
    }
}
