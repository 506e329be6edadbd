package org.frontlineatlas.cluster;

import javax.sql.DataSource;
import org.frontlineatlas.events.EventChangeBroadcaster;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Several app instances on one PostgreSQL database: pushes reach readers on every instance, and
 * first-start seeding (admin account, demo data) runs on one instance at a time. With the embedded
 * H2 file database there is one instance (H2 locks its file), and none of this is needed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:postgresql:')")
public class ClusterConfiguration {

    @Bean
    PostgresChangeRelay postgresChangeRelay(EventChangeBroadcaster broadcaster, DataSource pool,
                                            @Value("${spring.datasource.url}") String url,
                                            @Value("${spring.datasource.username:}") String user,
                                            @Value("${spring.datasource.password:}") String password) {
        return new PostgresChangeRelay(broadcaster, pool, url, user, password);
    }

    @Bean
    FirstStartLock firstStartLock(DataSource pool) {
        return new FirstStartLock(pool);
    }

    @Bean
    FirstStartLock.Release firstStartLockRelease(FirstStartLock lock) {
        return lock.release();
    }
}
