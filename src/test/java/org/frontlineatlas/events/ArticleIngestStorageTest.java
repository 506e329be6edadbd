package org.frontlineatlas.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.List;
import org.frontlineatlas.reading.WindowReader;
import org.frontlineatlas.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Storing articles with their events: dedupe by content, merging sources, all or nothing. */
@Tag("database")
class ArticleIngestStorageTest {

    private HikariDataSource ds;
    private EventService service;
    private WindowReader windows;
    private JdbcClient sql;

    @BeforeEach
    void open() {
        ds = TestDatabase.open("ingest");
        service = EventService.on(ds);
        windows = WindowReader.on(ds);
        sql = JdbcClient.create(ds);
    }

    @AfterEach
    void close() {
        ds.close();
    }

    private static SourcedEvent found(String place, String gid, String date, EventType type, String quote, int start) {
        LocalDate day = LocalDate.parse(date);
        GeoEvent e = GeoEvent.draft(
                day,
                day,
                DatePrecision.DAY,
                place,
                gid,
                49.9935,
                36.2304,
                1,
                type,
                type.label() + " in " + place,
                0.7,
                EventStatus.PROPOSED,
                EventOrigin.EXTRACTED,
                "Wire",
                null);
        return new SourcedEvent(e, List.of(new SourcedEvent.Quote(quote, start, start + quote.length())));
    }

    private static NewArticle article(String body) {
        return new NewArticle("Title", "Wire", "https://example.org/a", LocalDate.parse("2022-05-16"), body);
    }

    private long rows(String table) {
        return sql.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void importingTheSameTextTwiceAddsNothing() {
        var events = List.of(found(
                "Kharkiv", "geonames:706483", "2022-05-15", EventType.SHELLING_OR_STRIKE, "Shells hit the city.", 0));

        IngestResult first = service.ingest(article("Shells hit the city."), events, "importer");
        IngestResult second = service.ingest(article("Shells hit the city."), events, "importer");

        assertThat(first.duplicate()).isFalse();
        assertThat(first.eventsCreated()).isEqualTo(1);
        assertThat(second.duplicate()).isTrue();
        assertThat(second.articleId()).isEqualTo(first.articleId());
        assertThat(rows("article")).isEqualTo(1);
        assertThat(rows("geo_event")).isEqualTo(1);
        assertThat(rows("event_source")).isEqualTo(1);
    }

    @Test
    void theSamePlaceDateAndTypeFromTwoArticlesIsOneEventWithTwoSources() {
        service.ingest(
                article("First report."),
                List.of(found(
                        "Kharkiv", "geonames:706483", "2022-05-15", EventType.SHELLING_OR_STRIKE, "First report.", 0)),
                "importer");
        IngestResult second = service.ingest(
                article("Second report, other words."),
                List.of(
                        found(
                                "Kharkiv",
                                "geonames:706483",
                                "2022-05-15",
                                EventType.SHELLING_OR_STRIKE,
                                "Second report",
                                0),
                        found("Kharkiv", "geonames:706483", "2022-05-15", EventType.EVACUATION, "other words", 15)),
                "importer");

        assertThat(second.eventsMerged()).isEqualTo(1);
        assertThat(second.eventsCreated()).isEqualTo(1);
        assertThat(rows("geo_event")).isEqualTo(2);
        assertThat(sql.sql("""
                SELECT COUNT(*) FROM event_source s JOIN geo_event e ON e.id = s.event_id
                WHERE e.event_type = 'shelling_or_strike'""").query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anImportThatFailsHalfwayLeavesNoHalfWrittenArticle() {
        // The database refuses the second event's source: the article and first event must go too.
        sql.sql("ALTER TABLE event_source ADD CONSTRAINT test_refuse CHECK (quote <> 'refused')")
                .update();
        var events = List.of(
                found("Kharkiv", "geonames:706483", "2022-05-15", EventType.SHELLING_OR_STRIKE, "accepted", 0),
                found("Sumy", "geonames:692194", "2022-05-15", EventType.ATTACK, "refused", 10));

        assertThatThrownBy(() -> service.ingest(article("accepted refused"), events, "importer"));

        assertThat(rows("article")).isZero();
        assertThat(rows("geo_event")).isZero();
        assertThat(rows("event_source")).isZero();
        assertThat(rows("event_audit")).isZero();
    }

    @Test
    void extractedEventsArriveProposedSoReadersDoNotSeeThemYet() {
        service.ingest(
                article("Shells hit the city."),
                List.of(found(
                        "Kharkiv",
                        "geonames:706483",
                        "2022-05-15",
                        EventType.SHELLING_OR_STRIKE,
                        "Shells hit the city.",
                        0)),
                "importer");

        assertThat(service.find(EventQuery.published(LocalDate.parse("2022-05-01"), LocalDate.parse("2022-05-31"))))
                .isEmpty();
        assertThat(windows.publishedRange()).isEmpty();
    }
}
