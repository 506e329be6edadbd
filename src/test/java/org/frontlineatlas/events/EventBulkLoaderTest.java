package org.frontlineatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import org.frontlineatlas.bench.SyntheticEvents;
import org.frontlineatlas.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

@Tag("database")
class EventBulkLoaderTest {

    private HikariDataSource ds;

    @BeforeEach
    void open() {
        ds = TestDatabase.open("bulk");
    }

    @AfterEach
    void close() {
        ds.close();
    }

    @Test
    void storesEveryEventAsGivenAcrossBatchesAndCommits() {
        // Not a multiple of the batch or commit size, so the last partial chunk must be stored too.
        List<GeoEvent> given = new SyntheticEvents(5_321, 9).toList();
        List<Long> progress = new ArrayList<>();

        long stored = new EventBulkLoader(ds).load(given, "loader-test", progress::add);

        EventService service = EventService.on(ds);
        assertThat(stored).isEqualTo(5_321);
        assertThat(service.count()).isEqualTo(5_321);
        assertThat(progress).containsExactly(5_000L, 5_321L);
        GeoEvent first = given.get(0);
        GeoEvent back = service.get(1).orElseThrow();
        assertThat(back)
                .usingRecursiveComparison()
                .ignoringFields(
                        "id",
                        "bookkeeping.createdBy",
                        "bookkeeping.createdAt",
                        "bookkeeping.updatedBy",
                        "bookkeeping.updatedAt",
                        "bookkeeping.version")
                .isEqualTo(first);
        assertThat(back.createdBy()).isEqualTo("loader-test");
    }

    @Test
    void thePublishedOnesAreWhatReadersFindAndNoAuditRowsAreWritten() {
        List<GeoEvent> given = new SyntheticEvents(1_200, 3).toList();
        new EventBulkLoader(ds).load(given, SyntheticEvents.CREATED_BY, n -> {});

        long published =
                given.stream().filter(e -> e.status() == EventStatus.PUBLISHED).count();
        var everything = EventQuery.published(SyntheticEvents.FIRST_DAY, SyntheticEvents.LAST_DAY);
        assertThat(EventService.on(ds).find(everything)).hasSize((int) published);
        assertThat(JdbcClient.create(ds)
                        .sql("SELECT COUNT(*) FROM event_audit")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
