package org.frontlineatlas.api;

import org.frontlineatlas.gazetteer.Gazetteer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Loads the gazetteer in the background after start-up, so the first place search does not wait. */
@Component
class GazetteerWarmUp implements ApplicationRunner {

    @Override
    public void run(ApplicationArguments args) {
        Thread loader = new Thread(Gazetteer::loadDefault, "gazetteer-warm-up");
        loader.setDaemon(true);
        loader.start();
    }
}
