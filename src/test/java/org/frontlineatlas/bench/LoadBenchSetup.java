package org.frontlineatlas.bench;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.frontlineatlas.events.Database;
import org.frontlineatlas.events.EventBulkLoader;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.security.Role;
import org.frontlineatlas.security.UserRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** What {@link LoadBench}'s readers look at and its editors pin, and the database it runs on. */
final class LoadBenchSetup {

    static final String EDITOR_PASSWORD = "load-bench-editor-password";
    static final String EDITOR_PREFIX = "load-editor-";

    private LoadBenchSetup() {}

    /** A map view: the bbox the map sends (its bounds padded by 20%, as viewBbox does) and its zoom. */
    record View(String name, double west, double south, double east, double north, int zoom) {
        String bbox() {
            return String.format(java.util.Locale.ROOT, "%.4f,%.4f,%.4f,%.4f", west, south, east, north);
        }

        /** A 1280 x 800 map at zoom 9 around a city, padded like viewBbox. */
        static View city(String name, double lat, double lon) {
            return new View(name, lon - 2.46, lat - 1.03, lon + 2.46, lat + 1.03, 9);
        }
    }

    static final View UKRAINE = new View("Ukraine", 18.46, 42.68, 43.94, 54.02, 6);
    static final List<View> CITIES = List.of(
            View.city("Kharkiv", 49.99, 36.23), View.city("Bakhmut", 48.60, 38.00),
            View.city("Kherson", 46.64, 32.62), View.city("Zaporizhzhia", 47.84, 35.14),
            View.city("Donetsk", 48.02, 37.80), View.city("Kyiv", 50.45, 30.52));
    /** Where editors pin: places along the front (names and coordinates are facts). */
    static final List<Object[]> PIN_PLACES = List.of(
            new Object[] {"Kupiansk", 49.71, 37.61}, new Object[] {"Avdiivka", 48.14, 37.74},
            new Object[] {"Pokrovsk", 48.28, 37.18}, new Object[] {"Vovchansk", 50.29, 36.94},
            new Object[] {"Orikhiv", 47.57, 35.78}, new Object[] {"Kherson", 46.64, 32.62},
            new Object[] {"Chasiv Yar", 48.59, 37.84}, new Object[] {"Sumy", 50.91, 34.80});

    static final String[] PIN_TYPES = {"attack", "shelling_or_strike", "advance", "evacuation", "aid"};

    static Path dbPath(Path work) {
        String configured = System.getProperty("bench.db");
        return configured != null && !configured.isBlank()
                ? Path.of(configured).toAbsolutePath()
                : work.resolve("atlas");
    }

    /** 100,000 synthetic events (once) and the editors' accounts; removes an earlier run's pins. */
    static void prepareDatabase(Path db, int events, long seed, int editors) {
        try (HikariDataSource ds = Database.openFile(db.toString())) {
            EventService service = EventService.on(ds);
            JdbcClient sql = JdbcClient.create(ds);
            int removed = sql.sql("DELETE FROM geo_event WHERE created_by LIKE :p")
                    .param("p", EDITOR_PREFIX + "%")
                    .update();
            sql.sql("DELETE FROM event_audit WHERE changed_by LIKE :p")
                    .param("p", EDITOR_PREFIX + "%")
                    .update();
            long existing = service.count();
            if (existing == 0) {
                long start = System.nanoTime();
                long loaded = new EventBulkLoader(ds)
                        .load(new SyntheticEvents(events, seed), SyntheticEvents.CREATED_BY, n -> {});
                System.out.printf(
                        "load bench: generated %,d synthetic events into %s in %,d ms%n",
                        loaded, db, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
            } else {
                System.out.printf(
                        "load bench: reusing %s with %,d events (removed %,d pins of an earlier run)%n",
                        db, existing, removed);
            }
            UserRepository users = new UserRepository(sql);
            String hash = new BCryptPasswordEncoder().encode(EDITOR_PASSWORD);
            for (int i = 0; i < editors; i++) {
                if (!users.exists(EDITOR_PREFIX + i)) {
                    users.insert(EDITOR_PREFIX + i, hash, Set.of(Role.EDITOR), Instant.now());
                }
            }
        }
    }

    static String feature(double lon, double lat, LocalDate day, String place, String type, String summary) {
        return String.format(java.util.Locale.ROOT, """
                {"type":"Feature","geometry":{"type":"Point","coordinates":[%.5f,%.5f]},
                 "properties":{"date":"%s","place":"%s","type":"%s","summary":"%s","source":"Load bench",
                               "confidence":0.9}}""", lon, lat, day, place, type, summary);
    }
}
