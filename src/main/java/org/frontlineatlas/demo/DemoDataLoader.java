package org.frontlineatlas.demo;

import org.frontlineatlas.cluster.FirstStartLock;
import org.frontlineatlas.events.EventChangeBroadcaster;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.GeoEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On first start with an empty database, loads the demo events so the map has something to show. */
@Component
@ConditionalOnProperty(name = "atlas.demo-data", havingValue = "true", matchIfMissing = true)
@Order(FirstStartLock.SEEDING_ORDER) // inside FirstStartLock (several instances)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final EventService events;
    private final EventChangeBroadcaster changes;

    DemoDataLoader(EventService events, EventChangeBroadcaster changes) {
        this.events = events;
        this.changes = changes;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (events.count() > 0) {
            return;
        }
        var demo = DemoEvents.load();
        int loaded = events.createAll(demo, "demo-data");
        // The in-memory index of published events was loaded before this ran (and other instances' too).
        changes.changed(new EventChangeBroadcaster.Change(
                0,
                "import",
                demo.stream()
                        .map(GeoEvent::date)
                        .min(java.time.LocalDate::compareTo)
                        .orElse(null),
                demo.stream()
                        .map(GeoEvent::dateEnd)
                        .max(java.time.LocalDate::compareTo)
                        .orElse(null)));
        log.info("Empty database: loaded {} demo events", loaded);
    }
}
