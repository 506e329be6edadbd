package org.frontlineatlas.api;

import org.frontlineatlas.gazetteer.Gazetteer;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the gazetteer in the background once the app is ready, so the first place search does not
 * wait. Not earlier (as a start-up runner): on two cores its second of CPU delayed the demo-data
 * runners, and so the first answer, which does not need it.
 */
@Component
class GazetteerWarmUp {

    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        Thread loader = new Thread(Gazetteer::loadDefault, "gazetteer-warm-up");
        loader.setDaemon(true);
        loader.start();
    }
}
