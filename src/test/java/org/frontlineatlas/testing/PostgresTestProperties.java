package org.frontlineatlas.testing;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * In the PostgreSQL test pass ({@code -Datlas.test.db=postgres}), moves every Spring test context
 * that names an in-memory H2 database ({@code jdbc:h2:mem:NAME}) onto a fresh schema of the test
 * PostgreSQL, so the same Spring integration tests run on both databases unchanged.
 */
public class PostgresTestProperties implements EnvironmentPostProcessor {

    private static final Pattern H2_MEM = Pattern.compile("jdbc:h2:mem:([A-Za-z0-9_-]+).*");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!TestDatabase.postgres()) {
            return;
        }
        Matcher m = H2_MEM.matcher(env.getProperty("spring.datasource.url", ""));
        if (!m.matches()) {
            return;
        }
        String schema = TestDatabase.newSchema(m.group(1));
        env.getPropertySources()
                .addFirst(new MapPropertySource(
                        "atlasPostgresTest",
                        Map.of(
                                "spring.datasource.url", TestDatabase.Postgres.urlFor(schema),
                                "spring.datasource.username", TestDatabase.Postgres.user(),
                                "spring.datasource.password", TestDatabase.Postgres.password())));
    }
}
