package org.frontlineatlas.tours;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Stores and reads tours. Saving replaces a tour's stops as a whole, in one transaction. */
@Service
public class TourService {

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    public TourService(JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    public Optional<Tour> bySlug(String slug) {
        return jdbc.sql("SELECT id, slug, name, created_by FROM tour WHERE slug = :slug")
                .param("slug", slug)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)})
                .optional()
                .map(r -> new Tour((Long) r[0], (String) r[1], (String) r[2], (String) r[3], stopsOf((Long) r[0])));
    }

    public List<String> slugs() {
        return jdbc.sql("SELECT slug FROM tour ORDER BY name")
                .query(String.class)
                .list();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM tour").query(Long.class).single();
    }

    /** Creates the tour or replaces the one with the same slug. */
    public Tour save(Tour tour, String user) {
        return tx.execute(status -> {
            Long id = jdbc.sql("SELECT id FROM tour WHERE slug = :slug")
                    .param("slug", tour.slug())
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            if (id == null) {
                var keys = new GeneratedKeyHolder();
                jdbc.sql("INSERT INTO tour (slug, name, created_by, created_at) VALUES (:slug, :name, :user, :at)")
                        .param("slug", tour.slug())
                        .param("name", tour.name())
                        .param("user", user)
                        .param("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                        .update(keys, "id");
                id = keys.getKeyAs(Number.class).longValue();
            } else {
                jdbc.sql("UPDATE tour SET name = :name WHERE id = :id")
                        .param("name", tour.name())
                        .param("id", id)
                        .update();
                jdbc.sql("DELETE FROM tour_stop WHERE tour_id = :id")
                        .param("id", id)
                        .update();
            }
            int position = 0;
            for (TourStop stop : tour.stops()) {
                jdbc.sql("""
                        INSERT INTO tour_stop (tour_id, position, stop_date, window_days, latitude, longitude, zoom, note)
                        VALUES (:tour, :pos, :date, :window, :lat, :lon, :zoom, :note)
                        """)
                        .param("tour", id)
                        .param("pos", position++)
                        .param("date", stop.date())
                        .param("window", stop.windowDays())
                        .param("lat", stop.lat())
                        .param("lon", stop.lon())
                        .param("zoom", stop.zoom())
                        .param("note", stop.note())
                        .update();
            }
            return new Tour(id, tour.slug(), tour.name(), user, tour.stops());
        });
    }

    private List<TourStop> stopsOf(long tourId) {
        return jdbc.sql("""
                SELECT stop_date, window_days, latitude, longitude, zoom, note FROM tour_stop
                WHERE tour_id = :id ORDER BY position
                """)
                .param("id", tourId)
                .query((rs, n) -> new TourStop(
                        rs.getObject(1, java.time.LocalDate.class),
                        rs.getInt(2),
                        (Double) rs.getObject(3),
                        (Double) rs.getObject(4),
                        (Double) rs.getObject(5),
                        rs.getString(6)))
                .list();
    }
}
