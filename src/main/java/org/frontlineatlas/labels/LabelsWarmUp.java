package org.frontlineatlas.labels;

import org.frontlineatlas.gazetteer.UkrainianNames;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reads the label index and the Ukrainian names (about a second each, cold) once the app is up, on a
 * thread of their own, so that the first reader's map does not wait for them.
 */
@Component
class LabelsWarmUp {

    @EventListener(ApplicationReadyEvent.class)
    void warm() {
        Thread t = new Thread(
                () -> {
                    PlaceLabels.loadDefault();
                    UkrainianNames.load();
                },
                "labels-warm-up");
        t.setDaemon(true);
        t.start();
    }
}
