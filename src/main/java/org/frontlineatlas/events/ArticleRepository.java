package org.frontlineatlas.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;

/** JDBC access to article and event_source. */
public class ArticleRepository {

    private final JdbcClient jdbc;

    public ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Long> findIdBySha256(String sha256) {
        return jdbc.sql("SELECT id FROM article WHERE body_sha256 = :sha")
                .param("sha", sha256)
                .query(Long.class)
                .optional();
    }

    /** A stored article by its source link (the canonical URL of a fetched page), oldest first. */
    public Optional<StoredArticle> findBySourceUrl(String url) {
        return jdbc
                .sql("SELECT id, title, body FROM article WHERE source_url = :url ORDER BY id FETCH FIRST 1 ROWS ONLY")
                .param("url", url)
                .query((rs, n) -> new StoredArticle(rs.getLong(1), rs.getString(2), rs.getString(3)))
                .list()
                .stream()
                .findFirst();
    }

    public long insert(NewArticle a, String user, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO article (title, publisher, source_url, published_on, body, body_sha256, ingested_at, ingested_by)
                VALUES (:title, :publisher, :url, :published, :body, :sha, :at, :user)
                """)
                .param("title", a.title())
                .param("publisher", a.publisher())
                .param("url", a.sourceUrl())
                .param("published", a.publishedOn())
                .param("body", a.body())
                .param("sha", a.sha256())
                .param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .param("user", user)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Sources of many events of one article, as multi-row inserts. */
    public void addSources(long articleId, List<Long> eventIds, List<SourcedEvent.Quote> quotes) {
        MultiRowInsert.run(
                jdbc,
                "INSERT INTO event_source (event_id, article_id, quote, char_start, char_end,"
                        + " pin_trigger, pin_rule, pin_place, pin_date) VALUES ",
                quotes.size(),
                (i, row) -> {
                    SourcedEvent.Quote q = quotes.get(i);
                    PinEvidence why = q.evidence();
                    row.value(eventIds.get(i))
                            .value(articleId)
                            .value(q.text())
                            .value(q.start())
                            .value(q.end())
                            .value(why == null ? null : why.trigger())
                            .value(why == null ? null : why.placeRule().code())
                            .value(why == null ? null : why.placeText())
                            .value(why == null ? null : why.dateText());
                });
    }

    public void addSource(long eventId, long articleId, SourcedEvent.Quote quote) {
        PinEvidence why = quote.evidence();
        jdbc.sql("""
                INSERT INTO event_source (event_id, article_id, quote, char_start, char_end, pin_trigger, pin_rule, pin_place, pin_date)
                VALUES (:event, :article, :quote, :start, :end, :trigger, :rule, :place, :date)
                """)
                .param("event", eventId)
                .param("article", articleId)
                .param("quote", quote.text())
                .param("start", quote.start())
                .param("end", quote.end())
                .param("trigger", why == null ? null : why.trigger())
                .param("rule", why == null ? null : why.placeRule().code())
                .param("place", why == null ? null : why.placeText())
                .param("date", why == null ? null : why.dateText())
                .update();
    }

    public List<EventSource> sourcesOf(long eventId) {
        return jdbc.sql("""
                SELECT a.id, a.title, a.publisher, a.source_url, a.published_on, s.quote, s.char_start, s.char_end,
                       s.pin_trigger, s.pin_rule, s.pin_place, s.pin_date
                FROM event_source s JOIN article a ON a.id = s.article_id
                WHERE s.event_id = :id ORDER BY a.published_on, s.char_start
                """)
                .param("id", eventId)
                .query((rs, n) -> new EventSource(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getString(10) == null
                                ? null
                                : new PinEvidence(
                                        rs.getString(9),
                                        PinEvidence.PlaceRule.ofCode(rs.getString(10)),
                                        rs.getString(11),
                                        rs.getString(12))))
                .list();
    }

    /** Before an event is deleted: keep its sources aside, so a restore can bring them back. */
    public void parkSources(long eventId) {
        jdbc.sql("""
                INSERT INTO deleted_event_source (event_id, article_id, quote, char_start, char_end, pin_trigger, pin_rule, pin_place, pin_date)
                SELECT event_id, article_id, quote, char_start, char_end, pin_trigger, pin_rule, pin_place, pin_date FROM event_source WHERE event_id = :id
                """).param("id", eventId).update();
    }

    /** When a deleted event is restored: its sources are its sources again. */
    public void unparkSources(long eventId) {
        jdbc.sql("""
                INSERT INTO event_source (event_id, article_id, quote, char_start, char_end, pin_trigger, pin_rule, pin_place, pin_date)
                SELECT event_id, article_id, quote, char_start, char_end, pin_trigger, pin_rule, pin_place, pin_date FROM deleted_event_source WHERE event_id = :id
                """).param("id", eventId).update();
        jdbc.sql("DELETE FROM deleted_event_source WHERE event_id = :id")
                .param("id", eventId)
                .update();
    }

    public long count() {
        return jdbc.sql("SELECT COUNT(*) FROM article").query(Long.class).single();
    }
}
