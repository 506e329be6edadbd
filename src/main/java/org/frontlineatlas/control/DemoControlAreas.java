package org.frontlineatlas.control;

import java.io.IOException;
import java.io.InputStream;
import org.frontlineatlas.cluster.FirstStartLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * When no areas of control were ever imported, loads the demo's coarse, approximate set
 * (demo/control-areas-approximate.geojson, see demo/README.md) as a version of its own, so the map
 * shows who holds what. Keyed on an empty control_version table rather than on the events, so a
 * database made before areas existed gets them too; an editor's first import then wins for its days.
 */
@Component
@ConditionalOnProperty(name = "atlas.demo-data", havingValue = "true", matchIfMissing = true)
@Order(FirstStartLock.SEEDING_ORDER) // inside FirstStartLock (several instances)
class DemoControlAreas implements ApplicationRunner {

    static final String RESOURCE = "/demo/control-areas-approximate.geojson";
    static final String SOURCE = "Frontline Atlas demo: approximate areas from public knowledge";

    private static final Logger log = LoggerFactory.getLogger(DemoControlAreas.class);

    private final ControlImport imports;
    private final ControlAreas areas;

    DemoControlAreas(ControlImport imports, ControlAreas areas) {
        this.imports = imports;
        this.areas = areas;
        // Apache SIS takes about a second of CPU to build the projection the import measures areas
        // with; built on a thread of its own it overlaps the rest of the start instead of adding to
        // it (run() then finds it ready, or waits on the class's initialisation).
        Thread warm = new Thread(this::warmProjection, "control-projection");
        warm.setDaemon(true);
        warm.start();
    }

    private void warmProjection() {
        try {
            if (!noAreasYet()) {
                return; // run() will import nothing: no need for the projection at start
            }
            EqualAreaProjection.warm();
        } catch (RuntimeException | LinkageError e) {
            log.debug("Building the equal-area projection ahead failed; the import will say why", e);
        }
    }

    private boolean noAreasYet() {
        try {
            return areas.versions().isEmpty();
        } catch (RuntimeException notMigratedYet) {
            return true; // a new database whose schema Flyway is still making
        }
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!areas.versions().isEmpty()) {
            return;
        }
        byte[] bytes;
        try (InputStream in = DemoControlAreas.class.getResourceAsStream(RESOURCE)) {
            bytes = in.readAllBytes();
        }
        ControlImport.Result r = imports.importFile(
                "control-areas-approximate.geojson",
                bytes,
                SOURCE,
                "Coarse polygons drawn by hand; approximate, for the demo only",
                "demo-data");
        log.info("No areas of control: loaded {} approximate demo areas (version {})", r.areas(), r.version());
    }
}
