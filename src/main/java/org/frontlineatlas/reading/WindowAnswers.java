package org.frontlineatlas.reading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.frontlineatlas.events.EventChangeBroadcaster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The public window answers (/api/events, /api/events/grid), serialised and gzipped once and shared
 * by every reader who asks for the same window: readers scrubbing the slider ask for the same days
 * again and again, and building and compressing the JSON is most of an answer's cost (LoadBench).
 * <p>
 * Never stale: every change to the events (an editor's here, or another instance's, relayed) marks
 * the days it touched ({@link ChangedDays}) before any open page is told to re-ask, and a kept answer
 * is served only while no day of its window changed after it was begun. Bounded by size
 * ({@code atlas.api.cache-mb}, by default an eighth of the heap); entries also expire after
 * {@code atlas.api.cache-minutes}.
 */
@Component
public class WindowAnswers {

    /** One answer's identity: the endpoint and its normalised parameters; the days it covers. */
    public record Key(String endpoint, LocalDate from, LocalDate to, String rest) {}

    /** A gzipped answer and the change number it was begun at. */
    private record Kept(long since, byte[] gzipped) {}

    /** An answer being built, for readers who ask for it meanwhile. */
    private record Building(long since, CompletableFuture<byte[]> body) {}

    private final Cache<Key, Kept> kept;
    private final ObjectMapper json;
    private final ChangedDays changedDays = new ChangedDays();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final ConcurrentHashMap<Key, Building> inFlight = new ConcurrentHashMap<>();
    private final AtomicLong lastLog = new AtomicLong(System.nanoTime());
    private static final Logger log = LoggerFactory.getLogger(WindowAnswers.class);

    public WindowAnswers(
            EventChangeBroadcaster changes,
            ObjectMapper json,
            @Value("${atlas.api.cache-mb:0}") long megabytes,
            @Value("${atlas.api.cache-minutes:10}") long minutes) {
        this.json = json;
        this.kept = Caffeine.newBuilder()
                .maximumWeight(megabytes > 0 ? megabytes * 1024 * 1024 : defaultBytes())
                .weigher((Key k, Kept v) -> v.gzipped().length + 200)
                .expireAfterWrite(Duration.ofMinutes(Math.max(1, minutes)))
                .build();
        changes.registerCache(changedDays::changed);
    }

    /**
     * The answer for {@code key}: from the cache, or computed by {@code answer} (a JSON-serialisable
     * body) and kept. Gzipped when the client accepts it, else plain JSON.
     */
    public ResponseEntity<byte[]> answer(Key key, boolean acceptsGzip, Supplier<Object> answer) {
        return answer(key, acceptsGzip, out -> json.writeValue(out, answer.get()));
    }

    /** An answer's JSON, written to the (gzipping) stream given. */
    @FunctionalInterface
    public interface Body {
        void writeTo(java.io.OutputStream out) throws IOException;
    }

    /** As {@link #answer(Key, boolean, Supplier)}, for a body that writes its JSON itself. */
    public ResponseEntity<byte[]> answer(Key key, boolean acceptsGzip, Body answer) {
        Kept k = kept.getIfPresent(key);
        byte[] body;
        if (k != null && holds(k.since(), key)) {
            hits.incrementAndGet();
            body = k.gzipped();
        } else {
            body = build(key, answer);
        }
        sweepNow();
        ResponseEntity.BodyBuilder ok =
                ResponseEntity.ok().contentType(EventGeoJson.GEO_JSON).header(HttpHeaders.VARY, "Accept-Encoding");
        // Content-Encoding set here tells Tomcat's compression the body is compressed already.
        return acceptsGzip ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(body) : ok.body(gunzip(body));
    }

    private boolean holds(long since, Key key) {
        return changedDays.unchangedSince(since, key.from(), key.to());
    }

    /**
     * Builds the answer once however many readers ask for it at the same moment: the first builds,
     * the others wait for its bytes (a slider's new window is often asked by several readers at once),
     * unless its days changed after it was begun.
     */
    private byte[] build(Key key, Body answer) {
        Building mine = new Building(changedDays.now(), new CompletableFuture<>());
        Building building = inFlight.putIfAbsent(key, mine);
        if (building != null && holds(building.since(), key)) {
            try {
                byte[] shared = building.body().get(60, TimeUnit.SECONDS);
                if (holds(building.since(), key)) {
                    hits.incrementAndGet();
                    return shared;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the answer", e);
            } catch (ExecutionException | TimeoutException e) {
                // the builder failed or hangs: build it here, as if alone
            }
        }
        misses.incrementAndGet();
        try {
            byte[] body = gzip(answer);
            if (holds(mine.since(), key)) {
                kept.put(key, new Kept(mine.since(), body));
            }
            mine.body().complete(body);
            logNow();
            return body;
        } catch (RuntimeException e) {
            mine.body().completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(key, mine);
        }
    }

    /** Unset (0): an eighth of the heap the JVM may grow to (the answers of all windows of three years fill ~300 MB). */
    private static long defaultBytes() {
        return Runtime.getRuntime().maxMemory() / 8;
    }

    public static boolean acceptsGzip(String acceptEncoding) {
        return acceptEncoding != null
                && acceptEncoding.toLowerCase(java.util.Locale.ROOT).contains("gzip");
    }

    /**
     * Drops the answers whose days changed, every few seconds: they are never served again, and left
     * to expire they filled the heap with hundreds of megabytes that the collector copied on and on.
     */
    private void sweepNow() {
        long now = System.nanoTime();
        long last = lastSweep.get();
        if (now - last > SWEEP_NANOS && lastSweep.compareAndSet(last, now)) {
            kept.asMap().entrySet().removeIf(e -> !holds(e.getValue().since(), e.getKey()));
        }
    }

    private static final long SWEEP_NANOS = TimeUnit.SECONDS.toNanos(2);
    private final AtomicLong lastSweep = new AtomicLong(System.nanoTime());

    /** Hits, misses and size in the log, at most once a minute while readers come: for operators. */
    private void logNow() {
        long now = System.nanoTime();
        long last = lastLog.get();
        if (now - last > TimeUnit.MINUTES.toNanos(1) && lastLog.compareAndSet(last, now)) {
            long bytes = kept.asMap().values().stream()
                    .mapToLong(k -> k.gzipped().length)
                    .sum();
            log.info(
                    "Window answers since start: {} shared, {} built; {} kept ({} MB)",
                    hits.get(),
                    misses.get(),
                    kept.estimatedSize(),
                    bytes / (1024 * 1024));
        }
    }

    /** Answers served from the cache and computed, since start (for benchmarks and tests). */
    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    private static byte[] gzip(Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        // Buffered: a window is written in hundreds of small pieces, and each write into the
        // deflater is a native call of its own (7% of the server's CPU in a LoadBench profile).
        try (java.io.OutputStream out = new java.io.BufferedOutputStream(new FastGzip(bytes), 64 * 1024)) {
            body.writeTo(out);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer as JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * Gzip at deflate's fastest level: a 400 KB window in 0.9 ms instead of 3 ms at the default level,
     * for an answer a third larger (36 KB instead of 26 KB); CPU, not bandwidth, is what readers wait for.
     */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(ByteArrayOutputStream out) throws IOException {
            super(out, 8192);
            def.setLevel(java.util.zip.Deflater.BEST_SPEED);
        }
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
