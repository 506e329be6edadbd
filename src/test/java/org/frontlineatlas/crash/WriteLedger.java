package org.frontlineatlas.crash;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every write a crash test sent, across all its kill cycles, and which of them the server
 * acknowledged (answered 201 before it died). Thread-safe: writer threads record into it.
 */
final class WriteLedger {

    /** An article the server answered 201 for: its id and the events its answer listed. */
    record AckedArticle(long id, Set<Long> eventIds) {}

    private final Set<String> sentPins = new HashSet<>();
    private final Set<String> ackedPins = new HashSet<>();
    private final Map<String, CrashWorkload.Article> sentArticles = new HashMap<>();
    private final Map<String, AckedArticle> ackedArticles = new HashMap<>();
    private final List<String> failures = new ArrayList<>();

    synchronized void sent(CrashWorkload.Pin pin) {
        sentPins.add(pin.summary());
    }

    synchronized void acked(CrashWorkload.Pin pin) {
        ackedPins.add(pin.summary());
    }

    synchronized void sent(CrashWorkload.Article article) {
        sentArticles.put(article.url(), article);
    }

    synchronized void acked(CrashWorkload.Article article, AckedArticle answer) {
        ackedArticles.put(article.url(), answer);
    }

    /** An answer other than 201 while the server was up: always a test failure. */
    synchronized void failed(String what) {
        failures.add(what);
    }

    synchronized Set<String> sentPins() {
        return Set.copyOf(sentPins);
    }

    synchronized Set<String> ackedPins() {
        return Set.copyOf(ackedPins);
    }

    synchronized Map<String, CrashWorkload.Article> sentArticles() {
        return Map.copyOf(sentArticles);
    }

    synchronized Map<String, AckedArticle> ackedArticles() {
        return Map.copyOf(ackedArticles);
    }

    synchronized List<String> failures() {
        return List.copyOf(failures);
    }
}
