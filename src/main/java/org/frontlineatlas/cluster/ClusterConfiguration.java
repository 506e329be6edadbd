package org.frontlineatlas.cluster;

import java.time.Clock;
import javax.sql.DataSource;
import org.frontlineatlas.events.EventChangeBroadcaster;
import org.frontlineatlas.security.SharedThrottleCounters;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Several app instances on one PostgreSQL database: pushes reach readers on every instance, failed
 * sign-ins are counted across instances, and first-start seeding (admin account, demo data) runs on
 * one instance at a time. With the embedded
 * H2 file database there is one instance (H2 locks its file), and none of this is needed.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:postgresql:')")
public class ClusterConfiguration {

    @Bean
    PostgresChangeRelay postgresChangeRelay(
            EventChangeBroadcaster broadcaster,
            DataSource pool,
            @Value("${spring.datasource.url}") String url,
            @Value("${spring.datasource.username:}") String user,
            @Value("${spring.datasource.password:}") String password) {
        return new PostgresChangeRelay(broadcaster, pool, url, user, password);
    }

    /** Failed sign-ins counted once across the instances, not once per instance. */
    @Bean
    SharedThrottleCounters sharedThrottleCounters(
            JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        return new SharedThrottleCounters(jdbc, transactions, clock);
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
