package org.frontlineatlas.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.List;
import org.frontlineatlas.events.PinEvidence.PlaceRule;
import org.frontlineatlas.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Why a pin exists is stored with its source, survives a second article and a delete and restore. */
@Tag("database")
class PinEvidenceStorageTest {

    private static final PinEvidence SHELLED = new PinEvidence("shelled", PlaceRule.NAMED, "Kupiansk", "on Tuesday");
    private static final PinEvidence OFFSET =
            new PinEvidence("struck", PlaceRule.OFFSET, "20 km north of Kupiansk", null);

    private HikariDataSource ds;
    private EventService service;

    @BeforeEach
    void open() {
        ds = TestDatabase.open("evidence");
        service = EventService.on(ds);
    }

    @AfterEach
    void close() {
        ds.close();
    }

    private static SourcedEvent found(String quote, PinEvidence why) {
        LocalDate day = LocalDate.parse("2023-08-15");
        GeoEvent e = GeoEvent.draft(
                day,
                day,
                DatePrecision.DAY,
                "Kupiansk",
                "geonames:704147",
                49.71,
                37.61,
                1,
                EventType.SHELLING_OR_STRIKE,
                "Shelling in Kupiansk",
                0.7,
                EventStatus.PROPOSED,
                EventOrigin.EXTRACTED,
                "Wire",
                null);
        return new SourcedEvent(e, List.of(new SourcedEvent.Quote(quote, 0, quote.length(), why)));
    }

    private static NewArticle article(String body) {
        return new NewArticle("Title", "Wire", null, LocalDate.parse("2023-08-16"), body);
    }

    private long onlyEventId() {
        return service.withStatus(EventStatus.PROPOSED, 10).get(0).id();
    }

    @Test
    void evidenceOfEachArticleIsReadBackWithItsSource() {
        service.ingest(
                article("Artillery shelled Kupiansk on Tuesday."),
                List.of(found("Artillery shelled Kupiansk on Tuesday.", SHELLED)),
                "importer");
        IngestResult second = service.ingest(
                article("Drones struck 20 km north of Kupiansk."),
                List.of(found("Drones struck 20 km north of Kupiansk.", OFFSET)),
                "importer");
        assertThat(second.eventsMerged()).isEqualTo(1);

        List<EventSource> sources = service.sourcesOf(onlyEventId());
        assertThat(sources).extracting(EventSource::evidence).containsExactlyInAnyOrder(SHELLED, OFFSET);
    }

    @Test
    void anEditorsSourceHasNoEvidenceRatherThanAnInventedOne() {
        service.ingest(article("Shelling reported."), List.of(found("Shelling reported.", null)), "editor");
        assertThat(service.sourcesOf(onlyEventId()))
                .extracting(EventSource::evidence)
                .containsExactly((PinEvidence) null);
    }

    @Test
    void deletingAndRestoringAnEventKeepsWhyItWasPinned() {
        service.ingest(
                article("Artillery shelled Kupiansk on Tuesday."),
                List.of(found("Artillery shelled Kupiansk on Tuesday.", SHELLED)),
                "importer");
        GeoEvent e = service.get(onlyEventId()).orElseThrow();
        service.delete(e.id(), e.version(), "taras");
        service.restore(e.id(), service.history(e.id()).get(1).id(), "olena");

        assertThat(service.sourcesOf(e.id())).extracting(EventSource::evidence).containsExactly(SHELLED);
    }
}
