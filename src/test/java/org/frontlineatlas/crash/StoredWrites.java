package org.frontlineatlas.crash;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the database holds after a crash, read over JDBC, and the checks a crash must pass:
 * nothing acknowledged is missing, and nothing is stored by halves.
 */
final class StoredWrites {

    /** How the stored state compares with the ledger; {@code problems} empty when the crash did no harm. */
    record Report(int pins, int articles, int pinsStoredUnacked, int articlesStoredUnacked, List<String> problems) {}

    private StoredWrites() {}

    static Report check(Connection db, WriteLedger ledger) throws SQLException {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> pinCounts = new HashMap<>();
        Map<Long, String> articleUrls = new HashMap<>();
        Map<Long, List<String>> sourcesByArticle = new HashMap<>();
        Map<Long, Set<Long>> eventsByArticle = new HashMap<>();
        try (Statement sql = db.createStatement()) {
            try (ResultSet rs = sql.executeQuery("SELECT summary FROM geo_event WHERE origin = 'PINNED'")) {
                while (rs.next()) {
                    pinCounts.merge(rs.getString(1), 1, Integer::sum);
                }
            }
            try (ResultSet rs = sql.executeQuery("SELECT id, source_url FROM article")) {
                while (rs.next()) {
                    articleUrls.put(rs.getLong(1), rs.getString(2));
                    sourcesByArticle.put(rs.getLong(1), new ArrayList<>());
                    eventsByArticle.put(rs.getLong(1), new HashSet<>());
                }
            }
            try (ResultSet rs =
                    sql.executeQuery("SELECT article_id, event_id, char_start, char_end, quote FROM event_source")) {
                while (rs.next()) {
                    long article = rs.getLong(1);
                    sourcesByArticle
                            .computeIfAbsent(article, a -> new ArrayList<>())
                            .add(CrashWorkload.source(rs.getInt(3), rs.getInt(4), rs.getString(5)));
                    eventsByArticle
                            .computeIfAbsent(article, a -> new HashSet<>())
                            .add(rs.getLong(2));
                }
            }
            // Each event is written with its audit row in one transaction (pins and ingests alike).
            count(sql, problems, "events without their 'create' audit row", """
                    SELECT COUNT(*) FROM geo_event g
                    WHERE NOT EXISTS (SELECT 1 FROM event_audit a WHERE a.event_id = g.id AND a.action = 'create')""");
            // An extracted event exists only because an article reported it; the rows come in one transaction.
            count(sql, problems, "extracted events without any source", """
                    SELECT COUNT(*) FROM geo_event g WHERE g.origin = 'EXTRACTED'
                    AND NOT EXISTS (SELECT 1 FROM event_source s WHERE s.event_id = g.id)""");
        }

        Set<String> acked = ledger.ackedPins();
        Set<String> sent = ledger.sentPins();
        for (String summary : acked) {
            if (!pinCounts.containsKey(summary)) {
                problems.add("acknowledged pin missing: " + summary);
            }
        }
        pinCounts.forEach((summary, n) -> {
            if (n != 1) {
                problems.add("pin stored " + n + " times: " + summary);
            }
            if (!sent.contains(summary)) {
                problems.add("a pin nobody sent: " + summary);
            }
        });

        Map<String, WriteLedger.AckedArticle> ackedArticles = ledger.ackedArticles();
        Map<String, CrashWorkload.Article> sentArticles = ledger.sentArticles();
        ackedArticles.forEach((url, answer) -> {
            String stored = articleUrls.get(answer.id());
            if (!url.equals(stored)) {
                problems.add("acknowledged article " + answer.id() + " (" + url + ") missing"
                        + (stored == null ? "" : ", found " + stored));
            } else if (!eventsByArticle.get(answer.id()).equals(answer.eventIds())) {
                problems.add("article " + answer.id() + " answered with events " + answer.eventIds()
                        + " but is stored with " + eventsByArticle.get(answer.id()));
            }
        });
        articleUrls.forEach((id, url) -> {
            CrashWorkload.Article sentArticle = sentArticles.get(url);
            if (sentArticle == null) {
                problems.add("article " + id + " with a url nobody sent: " + url);
                return;
            }
            List<String> stored = new ArrayList<>(sourcesByArticle.get(id));
            stored.sort(null);
            if (!stored.equals(sentArticle.expectedSources())) {
                problems.add("article " + id + " (" + url + ") is half-imported: " + stored.size() + " of "
                        + sentArticle.expectedSources().size() + " sources stored: " + stored);
            }
        });
        int pinsStoredUnacked = (int)
                pinCounts.keySet().stream().filter(s -> !acked.contains(s)).count();
        Set<String> ackedUrls = ackedArticles.keySet();
        int articlesStoredUnacked = (int) articleUrls.values().stream()
                .filter(u -> !ackedUrls.contains(u))
                .count();
        return new Report(pinCounts.size(), articleUrls.size(), pinsStoredUnacked, articlesStoredUnacked, problems);
    }

    private static void count(Statement sql, List<String> problems, String what, String query) throws SQLException {
        try (ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            if (rs.getLong(1) != 0) {
                problems.add(rs.getLong(1) + " " + what);
            }
        }
    }
}
