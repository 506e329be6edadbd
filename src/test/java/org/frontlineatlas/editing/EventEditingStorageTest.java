package org.frontlineatlas.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import org.frontlineatlas.events.AuditEntry;
import org.frontlineatlas.events.DatePrecision;
import org.frontlineatlas.events.EditConflictException;
import org.frontlineatlas.events.EventOrigin;
import org.frontlineatlas.events.EventQuery;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.EventSource;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.events.NewArticle;
import org.frontlineatlas.events.SourcedEvent;
import org.frontlineatlas.events.TestEvents;
import org.frontlineatlas.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Corrections, status changes, deletion, history and restore against the database (H2, or PostgreSQL in its test pass), with their audit rows. */
@Tag("database")
class EventEditingStorageTest {

    private HikariDataSource ds;
    private EventService service;
    private GeoEvent izium;

    @BeforeEach
    void open() {
        ds = TestDatabase.open("editing");
        service = EventService.on(ds);
        izium = service.create(
                TestEvents.at("Izium", 49.2128, 37.2569, "2022-04-01", EventType.ADVANCE, EventStatus.PROPOSED),
                "olena");
    }

    @AfterEach
    void close() {
        ds.close();
    }

    private static GeoEvent withSummary(GeoEvent e, String summary) {
        return e.with(d -> d.summary = summary);
    }

    @Test
    void theSecondOfTwoEditorsStartingFromTheSameVersionIsRefusedAndNothingIsOverwritten() {
        GeoEvent olenasCopy = izium;
        GeoEvent tarasCopy = izium;

        GeoEvent saved = service.update(withSummary(olenasCopy, "Troops entered the town from the north"), "olena");

        assertThat(saved.version()).isEqualTo(izium.version() + 1);
        assertThatThrownBy(() -> service.update(withSummary(tarasCopy, "Shelling on the outskirts"), "taras"))
                .isInstanceOf(EditConflictException.class)
                .hasMessageContaining("Someone else changed this report");
        GeoEvent stored = service.get(izium.id()).orElseThrow();
        assertThat(stored.summary()).isEqualTo("Troops entered the town from the north");
        assertThat(stored.updatedBy()).isEqualTo("olena");
        assertThat(service.history(izium.id())).extracting(AuditEntry::action).containsExactly("create", "update");
    }

    @Test
    void everyChangeIsRecordedWithWhoAndTheStateBeforeAndAfter() {
        GeoEvent corrected = service.update(withSummary(izium, "Corrected summary"), "olena");
        GeoEvent published = service.setStatus(izium.id(), corrected.version(), EventStatus.PUBLISHED, "taras");

        List<AuditEntry> history = service.history(izium.id());

        assertThat(history).extracting(AuditEntry::action).containsExactly("create", "update", "publish");
        assertThat(history).extracting(AuditEntry::by).containsExactly("olena", "olena", "taras");
        AuditEntry update = history.get(1);
        assertThat(update.before().summary()).isEqualTo(izium.summary());
        assertThat(update.after().summary()).isEqualTo("Corrected summary");
        assertThat(history.get(2).before().status()).isEqualTo(EventStatus.PROPOSED);
        assertThat(history.get(2).after().status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(published.status()).isEqualTo(EventStatus.PUBLISHED);
    }

    @Test
    void aStatusChangeFromAStaleVersionIsRefused() {
        service.update(withSummary(izium, "Changed meanwhile"), "olena");

        assertThatThrownBy(() -> service.setStatus(izium.id(), izium.version(), EventStatus.REJECTED, "taras"))
                .isInstanceOf(EditConflictException.class);
        assertThat(service.get(izium.id()).orElseThrow().status()).isEqualTo(EventStatus.PROPOSED);
    }

    @Test
    void restoringAnEarlierVersionWritesItAsANewVersion() {
        GeoEvent v1 = service.update(withSummary(izium, "Second wording"), "olena");
        service.update(withSummary(v1, "Third wording"), "taras");
        long afterCreate = service.history(izium.id()).get(0).id();

        GeoEvent restored = service.restore(izium.id(), afterCreate, "olena");

        assertThat(restored.summary()).isEqualTo(izium.summary());
        assertThat(restored.version()).isEqualTo(3);
        List<AuditEntry> history = service.history(izium.id());
        assertThat(history).extracting(AuditEntry::action).containsExactly("create", "update", "update", "restore");
        assertThat(history.get(3).before().summary()).isEqualTo("Third wording");
    }

    @Test
    void aDeletedEventKeepsItsHistoryAndCanBeBroughtBack() {
        service.delete(izium.id(), izium.version(), "taras");

        assertThat(service.get(izium.id())).isEmpty();
        List<AuditEntry> history = service.history(izium.id());
        assertThat(history).extracting(AuditEntry::action).containsExactly("create", "delete");
        assertThat(history.get(1).before().placeName()).isEqualTo("Izium");
        assertThat(history.get(1).after()).isNull();

        GeoEvent back = service.restore(izium.id(), history.get(1).id(), "olena");

        assertThat(back.id()).isEqualTo(izium.id());
        assertThat(back.placeName()).isEqualTo("Izium");
        assertThat(service.history(izium.id()))
                .extracting(AuditEntry::action)
                .containsExactly("create", "delete", "restore");
    }

    @Test
    void deletingFromAStaleVersionIsRefusedAndTheEventStays() {
        service.update(withSummary(izium, "Changed meanwhile"), "olena");

        assertThatThrownBy(() -> service.delete(izium.id(), izium.version(), "taras"))
                .isInstanceOf(EditConflictException.class);
        assertThat(service.get(izium.id())).isPresent();
        assertThat(JdbcClient.create(ds)
                        .sql("SELECT COUNT(*) FROM event_audit WHERE action = 'delete'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void editingAnEventSomeoneDeletedSaysSo() {
        service.delete(izium.id(), izium.version(), "taras");

        assertThatThrownBy(() -> service.update(withSummary(izium, "Too late"), "olena"))
                .isInstanceOf(EditConflictException.class)
                .hasMessageContaining("deleted by someone else");
    }

    @Test
    void aCorrectionOffTheGlobeIsRefusedBeforeAnythingIsWritten() {
        assertThatThrownBy(() -> izium.withPosition(91, 37))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("off the globe");
        assertThat(service.history(izium.id())).hasSize(1);
    }

    @Test
    void aDeletedEventComesBackWithTheArticlesThatReportedIt() {
        java.time.LocalDate day = java.time.LocalDate.parse("2022-05-15");
        GeoEvent found = GeoEvent.draft(
                day,
                day,
                DatePrecision.DAY,
                "Kharkiv",
                "geonames:706483",
                49.9935,
                36.2304,
                1,
                EventType.SHELLING_OR_STRIKE,
                "Shelling in Kharkiv",
                0.7,
                EventStatus.PUBLISHED,
                EventOrigin.EXTRACTED,
                "Wire",
                null);
        service.ingest(
                new NewArticle("T", "Wire", null, day, "Shells hit Kharkiv. Again shells."),
                java.util.List.of(new SourcedEvent(
                        found,
                        java.util.List.of(
                                new SourcedEvent.Quote("Shells hit Kharkiv.", 0, 19),
                                new SourcedEvent.Quote("Again shells.", 20, 33)))),
                "import");
        GeoEvent stored = service.find(EventQuery.published(day, day)).get(0);
        assertThat(service.sourcesOf(stored.id())).hasSize(2);

        service.delete(stored.id(), stored.version(), "taras");
        assertThat(service.sourcesOf(stored.id())).isEmpty();
        long deletion = service.history(stored.id()).stream()
                .filter(a -> a.action().equals("delete"))
                .findFirst()
                .orElseThrow()
                .id();
        service.restore(stored.id(), deletion, "olena");

        assertThat(service.sourcesOf(stored.id()))
                .extracting(EventSource::quote)
                .containsExactly("Shells hit Kharkiv.", "Again shells.");
    }
}
