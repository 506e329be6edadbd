package org.frontlineatlas.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.frontlineatlas.events.EventChangeBroadcaster;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The public window answers (/api/events, /api/events/grid), serialised and gzipped once and shared
 * by every reader who asks for the same window: readers scrubbing the slider ask for the same days
 * again and again, and building and compressing the JSON is most of an answer's cost (LoadBench).
 * <p>
 * Never stale: every change to the events (an editor's here, or another instance's, relayed) forgets
 * the answers whose days it touched, before any open page is told to re-ask. An answer computed while
 * a change was being made is not kept (the generation check). Bounded by size; entries also expire
 * after {@code atlas.api.cache-minutes}, the longest a write made outside the app (SQL by hand) shows late.
 */
@Component
public class WindowAnswers {

    /** One answer's identity: the endpoint and its normalised parameters; the days to forget it by. */
    record Key(String endpoint, LocalDate from, LocalDate to, String rest) {
    }

    private final Cache<Key, byte[]> gzipped;
    private final ObjectMapper json;
    /** Counts forgetting; an answer is kept only if none happened while it was computed. */
    private final AtomicLong generation = new AtomicLong();
    /** Keeping (shared) and forgetting (exclusive) never overlap, so no answer is kept after the forgetting passed it. */
    private final ReadWriteLock keepOrForget = new ReentrantReadWriteLock();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    public WindowAnswers(EventChangeBroadcaster changes, ObjectMapper json,
                         @Value("${atlas.api.cache-mb:128}") long megabytes,
                         @Value("${atlas.api.cache-minutes:10}") long minutes) {
        this.json = json;
        this.gzipped = Caffeine.newBuilder()
                .maximumWeight(Math.max(0, megabytes) * 1024 * 1024)
                .weigher((Key k, byte[] v) -> v.length + 200)
                .expireAfterWrite(Duration.ofMinutes(Math.max(1, minutes)))
                .build();
        changes.registerCache(this::forget);
    }

    /**
     * The answer for {@code key}: from the cache, or computed by {@code answer} (a JSON-serialisable
     * body) and kept. Gzipped when the client accepts it, else plain JSON.
     */
    ResponseEntity<byte[]> answer(Key key, boolean acceptsGzip, Supplier<Object> answer) {
        byte[] body = gzipped.getIfPresent(key);
        if (body != null) {
            hits.incrementAndGet();
        } else {
            misses.incrementAndGet();
            long before = generation.get();
            body = gzip(answer.get());
            keepOrForget.readLock().lock();
            try {
                if (generation.get() == before) {
                    gzipped.put(key, body);
                }
            } finally {
                keepOrForget.readLock().unlock();
            }
        }
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().contentType(EventsApi.GEO_JSON).header(HttpHeaders.VARY, "Accept-Encoding");
        // Content-Encoding set here tells Tomcat's compression the body is compressed already.
        return acceptsGzip ? ok.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(body) : ok.body(gunzip(body));
    }

    static boolean acceptsGzip(String acceptEncoding) {
        return acceptEncoding != null && acceptEncoding.toLowerCase(java.util.Locale.ROOT).contains("gzip");
    }

    void forget(EventChangeBroadcaster.Change change) {
        keepOrForget.writeLock().lock();
        try {
            generation.incrementAndGet();
            gzipped.asMap().keySet().removeIf(k -> change.touches(k.from(), k.to()));
        } finally {
            keepOrForget.writeLock().unlock();
        }
    }

    /** Answers served from the cache and computed, since start (for benchmarks and tests). */
    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    private byte[] gzip(Object body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
        try (GZIPOutputStream out = new GZIPOutputStream(bytes, 8192)) {
            json.writeValue(out, body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer as JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] gunzip(byte[] body) {
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(body))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
