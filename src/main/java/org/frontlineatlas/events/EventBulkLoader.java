package org.frontlineatlas.events;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.function.LongConsumer;
import javax.sql.DataSource;

/**
 * Loads many events fast: JDBC batches of {@value #BATCH} rows, one transaction per
 * {@value #COMMIT_EVERY} rows, so a million rows neither hold one huge transaction nor pay a commit
 * per row. Unlike {@link EventService#createAll}, it writes no audit rows: the audit log records what
 * people changed so it can be shown and reverted, and a bulk load of generated (or re-imported)
 * events is not such a change. One JSON audit row per event would double the database and the load
 * time; the loaded rows carry their {@code created_by}, so the whole load can be found and deleted.
 * Use it for synthetic data and benchmarks, not for editors' work.
 */
public class EventBulkLoader {

    static final int BATCH = 500;
    static final int COMMIT_EVERY = 5_000;

    private static final String INSERT = """
            INSERT INTO geo_event (event_date, event_date_end, date_precision, place_name, gazetteer_id,
                latitude, longitude, geo_precision, event_type, summary, confidence, status, origin,
                source_name, source_url, created_by, created_at, version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
            """;

    private final DataSource dataSource;
    private final Clock clock;

    public EventBulkLoader(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public EventBulkLoader(DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    /** Stores every event, attributed to {@code user}; returns how many. Calls {@code progress} after each commit. */
    public long load(Iterable<GeoEvent> events, String user, LongConsumer progress) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        long stored = 0;
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement(INSERT)) {
                Iterator<GeoEvent> it = events.iterator();
                while (it.hasNext()) {
                    bind(insert, it.next(), user, now);
                    insert.addBatch();
                    stored++;
                    if (stored % BATCH == 0) {
                        insert.executeBatch();
                    }
                    if (stored % COMMIT_EVERY == 0) {
                        c.commit();
                        progress.accept(stored);
                    }
                }
                insert.executeBatch();
                c.commit();
                progress.accept(stored);
            } catch (SQLException | RuntimeException e) {
                c.rollback(); // only the last, uncommitted chunk; earlier chunks stay (see the class comment)
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("bulk load stopped after " + stored + " events: " + e.getMessage(), e);
        }
        return stored;
    }

    private static void bind(PreparedStatement s, GeoEvent e, String user, OffsetDateTime now) throws SQLException {
        s.setDate(1, Date.valueOf(e.date()));
        s.setDate(2, Date.valueOf(e.dateEnd()));
        s.setString(3, e.datePrecision().name());
        s.setString(4, e.placeName());
        nullable(s, 5, e.gazetteerId());
        s.setDouble(6, e.latitude());
        s.setDouble(7, e.longitude());
        s.setInt(8, e.geoPrecision());
        s.setString(9, e.type().code());
        s.setString(10, e.summary());
        s.setDouble(11, e.confidence());
        s.setString(12, e.status().name());
        s.setString(13, e.origin().name());
        nullable(s, 14, e.sourceName());
        nullable(s, 15, e.sourceUrl());
        s.setString(16, user);
        s.setObject(17, now);
    }

    private static void nullable(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }
}
