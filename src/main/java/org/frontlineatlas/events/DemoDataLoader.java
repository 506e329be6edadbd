package org.frontlineatlas.events;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.frontlineatlas.cluster.FirstStartLock;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On first start with an empty database, loads the demo events so the map has something to show. */
@Component
@ConditionalOnProperty(name = "atlas.demo-data", havingValue = "true", matchIfMissing = true)
@Order(FirstStartLock.SEEDING_ORDER) // inside FirstStartLock (several instances)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final EventService events;

    DemoDataLoader(EventService events) {
        this.events = events;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (events.count() > 0) {
            return;
        }
        int loaded = events.createAll(DemoEvents.load(), "demo-data");
        log.info("Empty database: loaded {} demo events", loaded);
    }
}
