package org.frontlineatlas.ingest.feeds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** JDBC access to feed and feed_item. */
class FeedRepository {

    private static final String COLUMNS = "id, url, title, interval_minutes, auto_publish, added_by, last_polled_at, "
            + "last_error, items_taken, failures, next_poll_at";

    private final JdbcClient jdbc;

    FeedRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Feed> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM feed ORDER BY id")
                .query(FeedRepository::feed)
                .list();
    }

    Optional<Feed> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM feed WHERE id = :id")
                .param("id", id)
                .query(FeedRepository::feed)
                .optional();
    }

    List<Feed> findDue(Instant now) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM feed WHERE next_poll_at <= :now ORDER BY next_poll_at")
                .param("now", at(now))
                .query(FeedRepository::feed)
                .list();
    }

    boolean existsUrl(String url) {
        return jdbc.sql("SELECT COUNT(*) FROM feed WHERE url = :url")
                        .param("url", url)
                        .query(Long.class)
                        .single()
                > 0;
    }

    long insert(String url, int intervalMinutes, String user, Instant now) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO feed (url, interval_minutes, added_by, added_at, next_poll_at)
                VALUES (:url, :interval, :user, :now, :now)
                """)
                .param("url", url)
                .param("interval", intervalMinutes)
                .param("user", user)
                .param("now", at(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean delete(long id) {
        return jdbc.sql("DELETE FROM feed WHERE id = :id").param("id", id).update() > 0;
    }

    boolean setAutoPublish(long id, boolean on) {
        return jdbc.sql("UPDATE feed SET auto_publish = :on WHERE id = :id")
                        .param("on", on)
                        .param("id", id)
                        .update()
                > 0;
    }

    void pollSoon(long id, Instant now) {
        jdbc.sql("UPDATE feed SET next_poll_at = :now WHERE id = :id")
                .param("now", at(now))
                .param("id", id)
                .update();
    }

    /**
     * Claims a due feed for one poll by moving its next poll out of reach first, so another tick or
     * another instance does not poll it at the same time. False when someone else claimed it.
     */
    boolean claim(Feed feed, Instant until) {
        return jdbc.sql("UPDATE feed SET next_poll_at = :until WHERE id = :id AND next_poll_at = :due")
                        .param("until", at(until))
                        .param("id", feed.id())
                        .param("due", at(feed.nextPollAt()))
                        .update()
                == 1;
    }

    void succeeded(long id, String title, int taken, Instant now, Instant next) {
        jdbc.sql("""
                UPDATE feed SET title = COALESCE(:title, title), items_taken = items_taken + :taken, last_polled_at = :now,
                    last_error = NULL, failures = 0, next_poll_at = :next WHERE id = :id
                """)
                .param("title", clip(title, 500))
                .param("taken", taken)
                .param("now", at(now))
                .param("next", at(next))
                .param("id", id)
                .update();
    }

    void failed(long id, String error, Instant now, Instant next) {
        jdbc.sql("""
                UPDATE feed SET last_polled_at = :now, last_error = :error, failures = failures + 1, next_poll_at = :next
                WHERE id = :id
                """)
                .param("now", at(now))
                .param("error", clip(error, 500))
                .param("next", at(next))
                .param("id", id)
                .update();
    }

    boolean seen(long feedId, String key) {
        return jdbc.sql("SELECT COUNT(*) FROM feed_item WHERE feed_id = :feed AND item_key = :key")
                        .param("feed", feedId)
                        .param("key", key)
                        .query(Long.class)
                        .single()
                > 0;
    }

    void remember(long feedId, String key, String link, Long articleId, String problem, Instant now) {
        jdbc.sql("""
                INSERT INTO feed_item (feed_id, item_key, link, seen_at, article_id, problem)
                VALUES (:feed, :key, :link, :now, :article, :problem)
                """)
                .param("feed", feedId)
                .param("key", key)
                .param("link", clip(link, 2000))
                .param("now", at(now))
                .param("article", articleId)
                .param("problem", clip(problem, 500))
                .update();
    }

    private static OffsetDateTime at(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Feed feed(ResultSet rs, int n) throws SQLException {
        return new Feed(
                rs.getLong("id"),
                rs.getString("url"),
                rs.getString("title"),
                rs.getInt("interval_minutes"),
                rs.getBoolean("auto_publish"),
                rs.getString("added_by"),
                instant(rs, "last_polled_at"),
                rs.getString("last_error"),
                rs.getInt("items_taken"),
                rs.getInt("failures"),
                instant(rs, "next_poll_at"));
    }
}
