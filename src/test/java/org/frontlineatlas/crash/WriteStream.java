package org.frontlineatlas.crash;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.frontlineatlas.testing.EditorHttpSession;

/**
 * Writer threads that send pins and articles through one editor session as fast as the server
 * answers, recording each acknowledged write in the ledger, until the server is killed under them.
 * Even-numbered threads pin, odd-numbered ones post articles, so both kinds are always in flight.
 */
final class WriteStream {

    private final EditorHttpSession editor;
    private final WriteLedger ledger;
    private final Queue<CrashWorkload.Pin> pins;
    private final Queue<CrashWorkload.Article> articles;
    private final ObjectMapper json = new ObjectMapper();
    private final AtomicInteger pinAcks = new AtomicInteger();
    private final AtomicInteger articleAcks = new AtomicInteger();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean killing;

    WriteStream(
            EditorHttpSession editor,
            WriteLedger ledger,
            List<CrashWorkload.Pin> pins,
            List<CrashWorkload.Article> articles) {
        this.editor = editor;
        this.ledger = ledger;
        this.pins = new ConcurrentLinkedQueue<>(pins);
        this.articles = new ConcurrentLinkedQueue<>(articles);
    }

    void start(int writers) {
        for (int i = 0; i < writers; i++) {
            Thread t = new Thread(i % 2 == 0 ? this::pinLoop : this::articleLoop, "crash-writer-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /**
     * Waits until at least {@code pinCount} pins and {@code articleCount} articles are acknowledged,
     * so both kinds of write are in flight when the kill comes. Bounded: fails when the writers run
     * out of work, die, or the server stops acknowledging for {@code limit}, rather than hang.
     */
    void awaitAcks(int pinCount, int articleCount, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (pinAcks.get() < pinCount || articleAcks.get() < articleCount) {
            if (System.nanoTime() > deadline || threads.stream().noneMatch(Thread::isAlive)) {
                throw new IllegalStateException(
                        "only " + pinAcks.get() + " of " + pinCount + " pins and " + articleAcks.get() + " of "
                                + articleCount + " articles acknowledged; failures: " + ledger.failures());
            }
            Thread.sleep(2);
        }
    }

    /** Called just before the kill: from now on a failed request is expected, not a failure. */
    int killing() {
        killing = true;
        return inFlight.get();
    }

    /** Waits for the writers to notice the dead server (each request times out at the latest). */
    void awaitWritersStopped() throws InterruptedException {
        for (Thread t : threads) {
            t.join(Duration.ofSeconds(90).toMillis());
            if (t.isAlive()) {
                throw new IllegalStateException(t.getName() + " still running 90 s after the kill");
            }
        }
    }

    int pinAcks() {
        return pinAcks.get();
    }

    int articleAcks() {
        return articleAcks.get();
    }

    private void pinLoop() {
        CrashWorkload.Pin pin;
        while (!killing && (pin = pins.poll()) != null) {
            ledger.sent(pin);
            HttpResponse<String> answer =
                    send("api/events/import?status=published", "application/geo+json", pin.geoJson());
            if (answer == null) {
                return;
            }
            if (answer.statusCode() == 201 && answer.body().contains("\"imported\":1")) {
                ledger.acked(pin);
                pinAcks.incrementAndGet();
            } else {
                ledger.failed("pin '" + pin.summary() + "': HTTP " + answer.statusCode() + " " + answer.body());
                return;
            }
        }
    }

    private void articleLoop() {
        CrashWorkload.Article article;
        while (!killing && (article = articles.poll()) != null) {
            ledger.sent(article);
            HttpResponse<String> answer = send("api/articles", "application/json", article.json());
            if (answer == null) {
                return;
            }
            try {
                JsonNode stored = json.readTree(answer.body()).path("articles").path(0);
                if (answer.statusCode() != 201 || stored.path("duplicate").asBoolean(true)) {
                    throw new IOException("not stored as new");
                }
                Set<Long> eventIds = new HashSet<>();
                stored.path("events")
                        .path("features")
                        .forEach(f -> eventIds.add(f.path("id").asLong()));
                ledger.acked(
                        article, new WriteLedger.AckedArticle(stored.path("id").asLong(), eventIds));
                articleAcks.incrementAndGet();
            } catch (IOException e) {
                ledger.failed("article " + article.url() + ": HTTP " + answer.statusCode() + " " + answer.body());
                return;
            }
        }
    }

    /** The answer, or null when the request was cut off by the kill (anything else is recorded as a failure). */
    private HttpResponse<String> send(String path, String contentType, String body) {
        inFlight.incrementAndGet();
        try {
            return editor.post(path, contentType, body);
        } catch (IOException e) {
            if (!killing) {
                ledger.failed(path + ": " + e + " while the server was up");
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            inFlight.decrementAndGet();
        }
    }
}
