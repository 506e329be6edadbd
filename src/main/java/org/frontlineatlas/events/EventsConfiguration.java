package org.frontlineatlas.events;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;

/** Wires the plain-Java event store into the Spring app. */
@Configuration(proxyBeanMethods = false)
public class EventsConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EventChangeBroadcaster eventChangeBroadcaster() {
        return new EventChangeBroadcaster();
    }

    @Bean
    EventService eventService(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        return new EventService(jdbc, transactions, clock);
    }
}
