package org.frontlineatlas.events;

import java.util.Map;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Resolves {@code atlas.db.path} before the data source exists: makes it absolute and checks it can
 * be written. When it cannot, the app stops with one line on stderr (exit code 1).
 */
public class DatabasePathCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        ConfigurableEnvironment env = event.getEnvironment();
        if (env.containsProperty("spring.datasource.url")
                && !env.getProperty("spring.datasource.url", "").contains("${")) {
            return; // an explicit JDBC URL (tests, another database) needs no file check
        }
        try {
            var path = DatabaseLocation.prepare(env.getProperty("atlas.db.path"));
            env.getPropertySources()
                    .addFirst(new MapPropertySource(
                            "atlasDatabase", Map.of("spring.datasource.url", DatabaseLocation.jdbcUrl(path))));
        } catch (IllegalStateException e) {
            System.err.println(
                    "error: " + e.getMessage() + "; set atlas.db.path (or ATLAS_DB_PATH) to a writable place");
            System.exit(1);
        }
    }
}
