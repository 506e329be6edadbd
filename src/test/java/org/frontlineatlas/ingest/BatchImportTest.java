package org.frontlineatlas.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.extraction.EventExtractor;
import org.frontlineatlas.extraction.SyntheticArticles;
import org.frontlineatlas.gazetteer.Gazetteer;
import org.frontlineatlas.gazetteer.PlaceTagger;
import org.frontlineatlas.testing.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A batch import (several articles a transaction) stores exactly what importing the same articles
 * one by one stores, and reports each article, refused ones included, in order.
 */
@Tag("database")
class BatchImportTest {

    private static final EventExtractor EXTRACTOR = new EventExtractor(new PlaceTagger(Gazetteer.loadDefault()));
    private static final LocalDate DAY = LocalDate.of(2023, 6, 1);

    /** About 140 articles (batches of 50 and a rest): some without a date, some the same text again. */
    private static List<ArticleSubmission> submissions() {
        List<String> texts = SyntheticArticles.articles(7, 120, 2000);
        List<ArticleSubmission> all = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (i % 17 == 5) { // no date in the text and none given: refused in preparation, the others go on
                all.add(new ArticleSubmission(
                        "Shelling hit Kharkiv, number " + i + ".", "undated" + i + ".txt", null, "Wire", null));
            }
            all.add(new ArticleSubmission(texts.get(i), "a" + i + ".txt", DAY.plusDays(i % 9), "Wire", null));
            if (i % 12 == 3) {
                all.add(new ArticleSubmission(texts.get(i / 2), "again" + i + ".txt", DAY, "Wire", null));
            }
        }
        return all;
    }

    @Test
    void storesWhatOneByOneStoresAndReportsEveryArticleInOrder() {
        List<ArticleSubmission> articles = submissions();
        assertThat(articles.size()).isGreaterThan(2 * BatchImport.ARTICLES_PER_TRANSACTION);
        try (HikariDataSource batched = TestDatabase.open("batch-import");
                HikariDataSource single = TestDatabase.open("single-import")) {
            List<BatchImport.Result> results = new ArrayList<>();
            List<Supplier<ArticleSubmission>> lazy = articles.stream()
                    .<Supplier<ArticleSubmission>>map(a -> () -> a)
                    .toList();
            new BatchImport(new ArticleIngestor(EXTRACTOR, EventService.on(batched)), 2)
                    .run(lazy, EventStatus.PROPOSED, "importer", results::add);

            ArticleIngestor oneByOne = new ArticleIngestor(EXTRACTOR, EventService.on(single));
            List<String> expected = new ArrayList<>();
            for (ArticleSubmission a : articles) {
                try {
                    ArticleIngestor.Outcome o = oneByOne.ingest(a, EventStatus.PROPOSED, "importer");
                    expected.add(describe(o));
                } catch (IllegalArgumentException refused) {
                    expected.add("refused: " + refused.getMessage());
                }
            }

            assertThat(results)
                    .extracting(BatchImport.Result::index)
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, articles.size())
                            .boxed()
                            .toList());
            assertThat(results)
                    .extracting(
                            r -> r.failure() != null ? "refused: " + r.failure().getMessage() : describe(r.outcome()))
                    .containsExactlyElementsOf(expected);
            assertThat(expected).anyMatch(e -> e.startsWith("refused")).anyMatch(e -> e.startsWith("duplicate"));
            for (String table : List.of("article", "geo_event", "event_source", "event_audit")) {
                assertThat(rows(batched, table))
                        .as(table)
                        .isEqualTo(rows(single, table))
                        .isPositive();
            }
            assertThat(events(batched)).isEqualTo(events(single));
        }
    }

    @Test
    void extractionHandsBackThePlacesItTagged() {
        try (HikariDataSource ds = TestDatabase.open("ingest-places")) {
            ArticleIngestor.Outcome o = new ArticleIngestor(EXTRACTOR, EventService.on(ds))
                    .ingest(
                            new ArticleSubmission(
                                    "Shelling hit Kharkiv on Tuesday; residents of Izium were evacuated.",
                                    "a.txt",
                                    DAY,
                                    "Wire",
                                    null),
                            EventStatus.PROPOSED,
                            "importer");
            var tagger = new PlaceTagger(Gazetteer.loadDefault());
            assertThat(o.places()).isEqualTo(tagger.tag(o.article().text()));
            assertThat(o.places()).extracting(m -> m.text()).contains("Kharkiv", "Izium");
        }
    }

    private static String describe(ArticleIngestor.Outcome o) {
        return (o.stored().duplicate() ? "duplicate" : "stored") + " created "
                + o.stored().eventsCreated() + " merged " + o.stored().eventsMerged() + " found "
                + o.found().size();
    }

    private static long rows(HikariDataSource ds, String table) {
        return JdbcClient.create(ds)
                .sql("SELECT COUNT(*) FROM " + table)
                .query(Long.class)
                .single();
    }

    /** Every stored event with its sources, in storing order, ids left out. */
    private static List<String> events(HikariDataSource ds) {
        return JdbcClient.create(ds)
                .sql("""
                SELECT e.place_name, e.event_date, e.event_type, e.summary, e.status, s.char_start, s.char_end, s.quote,
                       a.title
                FROM geo_event e JOIN event_source s ON s.event_id = e.id JOIN article a ON a.id = s.article_id
                ORDER BY e.id, s.id
                """)
                .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|"
                        + rs.getString(4) + "|" + rs.getString(5) + "|" + rs.getInt(6) + "-" + rs.getInt(7) + "|"
                        + rs.getString(8) + "|" + rs.getString(9))
                .list();
    }
}
