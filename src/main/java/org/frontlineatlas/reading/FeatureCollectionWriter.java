package org.frontlineatlas.reading;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.geojson.FeatureStream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes a window's events as a GeoJSON FeatureCollection, each feature's JSON rendered once per
 * version of the event and kept: a window answer is then the concatenation of features already
 * written, and only events never seen (or changed since) are read from the database, in one query.
 * The JSON is exactly what {@link EventGeoJson#feature} gives through the app's ObjectMapper.
 * <p>
 * Bounded by size ({@code atlas.api.feature-cache-mb}, by default a sixteenth of the heap; the
 * features of 100,000 events take about 45 MB): when full, it starts afresh, so the features readers
 * ask for now take the place of those asked for before. A plain concurrent map rather than an LRU
 * cache: a window looks up hundreds of features, and Caffeine's bookkeeping per lookup was 13% of
 * the server's CPU under load.
 */
@Component
public class FeatureCollectionWriter {

    /** One event's feature JSON and the version it renders. */
    private record Rendered(int version, byte[] json) {}

    private final EventService events;
    private final ObjectMapper json;
    private final ConcurrentHashMap<Long, Rendered> features = new ConcurrentHashMap<>();
    private final AtomicLong keptBytes = new AtomicLong();
    private final long budget;

    public FeatureCollectionWriter(
            EventService events, ObjectMapper json, @Value("${atlas.api.feature-cache-mb:0}") long megabytes) {
        this.events = events;
        this.json = json;
        this.budget =
                megabytes > 0 ? megabytes * 1024 * 1024 : Runtime.getRuntime().maxMemory() / 16;
    }

    /**
     * {"type":"FeatureCollection","total":N,"truncated":B,"features":[...]}, the features in the order
     * given; count and truncation first, so a client can decide what to ask next from the first bytes.
     * An event deleted or withdrawn since the list was made is left out (the change that did it is
     * already on its way to the caches and pages).
     */
    public void write(OutputStream out, List<PublishedEventIndex.Entry> found, long total, boolean truncated)
            throws IOException {
        byte[][] parts = new byte[found.size()][];
        List<Long> missing = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            PublishedEventIndex.Entry e = found.get(i);
            Rendered r = features.get(e.id());
            if (r != null && r.version() == e.version()) {
                parts[i] = r.json();
            } else {
                missing.add(e.id());
            }
        }
        if (!missing.isEmpty()) {
            Map<Long, byte[]> loaded = render(events.getAll(missing));
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] == null) {
                    parts[i] = loaded.get(found.get(i).id());
                }
            }
        }
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("total", total);
        members.put("truncated", truncated);
        try (FeatureStream collection = FeatureStream.open(out, json, members)) {
            for (byte[] part : parts) {
                if (part != null) {
                    collection.feature(part);
                }
            }
        }
    }

    /** Renders and keeps the features of events just read (under the version read, whatever the list said). */
    private Map<Long, byte[]> render(List<GeoEvent> read) {
        Map<Long, byte[]> rendered = new HashMap<>(read.size() * 2);
        for (GeoEvent e : read) {
            if (e.status() != EventStatus.PUBLISHED) {
                continue; // withdrawn since the list was made: the public never sees it
            }
            try {
                byte[] bytes = json.writeValueAsBytes(EventGeoJson.feature(e));
                keep(e.id(), new Rendered(e.version(), bytes));
                rendered.put(e.id(), bytes);
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("cannot write event " + e.id() + " as JSON", ex);
            }
        }
        return rendered;
    }

    private void keep(long id, Rendered r) {
        if (keptBytes.get() + r.json().length > budget) {
            features.clear(); // racing writers may count a few entries twice or not at all: the bound is approximate
            keptBytes.set(0);
        }
        Rendered before = features.put(id, r);
        keptBytes.addAndGet(r.json().length + 64 - (before == null ? 0 : before.json().length + 64));
    }
}
