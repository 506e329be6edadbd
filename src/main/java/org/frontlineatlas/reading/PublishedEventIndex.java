package org.frontlineatlas.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.locks.ReentrantLock;
import org.frontlineatlas.events.BoundingBox;
import org.frontlineatlas.events.DateRange;
import org.frontlineatlas.events.DayCount;
import org.frontlineatlas.events.EventChangeBroadcaster;
import org.frontlineatlas.events.EventQuery;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.EventWindowQueries;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.events.PublishedEventScan;

/**
 * Where, when and what every published event is, in memory: the public window queries (count, list,
 * grid, range, per-day counts) answered in microseconds instead of milliseconds of database reads
 * (LoadBench: reading rows was most of the server's CPU). Summaries and sources stay in the database.
 * <p>
 * Events sit in one bucket per start day, each bucket an immutable set of columns sorted by id, so a
 * window [from, to] reads the buckets from {@code from - MAX_SPAN_DAYS} to {@code to} in the order the
 * SQL window query returns (event_date, id). Readers take no lock; a change replaces whole buckets.
 * <p>
 * Kept current by {@link #apply}: every change re-reads the published events of the days it touched
 * (one short indexed query), a change of unknown days re-reads everything. Changes and loads are
 * serialised, and each reads the database after taking the lock, so the last to run always leaves
 * the newest committed state whatever order they come in. Until the first {@link #load} it is not
 * {@link #ready()} and callers ask the database.
 */
public final class PublishedEventIndex {

    private static final int FIRST_DAY = (int) GeoEvent.EARLIEST.toEpochDay();
    private static final int DAYS = (int) (GeoEvent.LATEST.toEpochDay() - FIRST_DAY) + 1;
    private static final EventType[] TYPES = EventType.values();

    private final PublishedEventScan events;
    private final AtomicReferenceArray<DayEvents> days = new AtomicReferenceArray<>(DAYS);
    private final ReentrantLock writing = new ReentrantLock();
    private volatile boolean ready;

    public PublishedEventIndex(PublishedEventScan events) {
        this.events = events;
    }

    /** One published event as the index knows it; its version tells whether a cached rendering is current. */
    public record Entry(
            long id,
            int version,
            LocalDate date,
            LocalDate dateEnd,
            double latitude,
            double longitude,
            EventType type) {}

    public boolean ready() {
        return ready;
    }

    /**
     * (Re)reads every published event. Returns whether anything differed from what was held (always
     * true the first time), so a periodic reload can tell pages about writes made outside the app.
     */
    public boolean load() {
        writing.lock();
        try {
            DayEvents[] built = collect(0, DAYS, events::scanAllPublished);
            boolean differed = !ready;
            for (int d = 0; d < DAYS; d++) {
                DayEvents now = built[d];
                if (!DayEvents.same(days.get(d), now)) {
                    days.set(d, now);
                    differed = true;
                }
            }
            ready = true;
            return differed;
        } finally {
            writing.unlock();
        }
    }

    /** Brings the index up to date with a committed change (before caches forget it and pages re-ask). */
    public void apply(EventChangeBroadcaster.Change change) {
        writing.lock();
        try {
            if (!ready) {
                return; // the first load, still to come, reads it
            }
            if (change.from() == null || change.to() == null) {
                load();
                return;
            }
            LocalDate from = clamp(change.from());
            LocalDate to = clamp(change.to());
            int base = slot(from);
            // A change's days run from the earliest start to the latest end it touched: the starts lie in them.
            DayEvents[] built = collect(base, slot(to) - base + 1, sink -> events.scanPublished(from, to, sink));
            for (int d = 0; d < built.length; d++) {
                days.set(base + d, built[d]);
            }
        } finally {
            writing.unlock();
        }
    }

    /** The days [base, base + count) as the scan reads them from the database (null: no event that day). */
    private static DayEvents[] collect(
            int base, int count, java.util.function.Consumer<PublishedEventScan.PublishedSink> scan) {
        DayEvents.Builder[] built = new DayEvents.Builder[count];
        scan.accept((id, version, date, end, lat, lon, type) -> {
            int d = slot(date) - base;
            if (built[d] == null) {
                built[d] = new DayEvents.Builder();
            }
            built[d].add(id, version, end, lat, lon, type);
        });
        DayEvents[] days = new DayEvents[count];
        for (int d = 0; d < count; d++) {
            days[d] = built[d] == null ? null : built[d].build();
        }
        return days;
    }

    /** How many published events the query matches (its limit does not apply). */
    public long count(EventQuery q) {
        long[] n = {0};
        scan(q, (day, events, i) -> n[0]++);
        return n[0];
    }

    /** The query's events in (date, id) order, at most its limit. */
    public List<Entry> find(EventQuery q) {
        List<Entry> found = new ArrayList<>();
        scan(q, (day, events, i) -> {
            if (found.size() < q.limit()) {
                found.add(events.entry(day, i));
            }
        });
        return found;
    }

    /** Every matching event's position, type and dates, for grid aggregation (no limit). */
    public void scanPoints(EventQuery q, EventWindowQueries.PointSink sink) {
        scan(
                q,
                (day, events, i) -> sink.accept(
                        events.latitude[i],
                        events.longitude[i],
                        TYPES[events.type[i]],
                        LocalDate.ofEpochDay(day),
                        LocalDate.ofEpochDay(events.end[i])));
    }

    /** First start and last end of the published events; empty when none is published. */
    public Optional<DateRange> range() {
        int first = -1;
        for (int d = 0; d < DAYS && first < 0; d++) {
            first = days.get(d) == null ? -1 : d;
        }
        if (first < 0) {
            return Optional.empty();
        }
        int lastEnd = Integer.MIN_VALUE;
        int lastStart = -1;
        for (int d = DAYS - 1; d >= 0 && (lastStart < 0 || d >= lastStart - GeoEvent.MAX_SPAN_DAYS); d--) {
            DayEvents e = days.get(d);
            if (e != null) {
                lastStart = lastStart < 0 ? d : lastStart;
                for (int end : e.end) {
                    lastEnd = Math.max(lastEnd, end);
                }
            }
        }
        return Optional.of(new DateRange(LocalDate.ofEpochDay(FIRST_DAY + first), LocalDate.ofEpochDay(lastEnd)));
    }

    /** Published events per start day in [from, to] of the query's types (its box does not apply, as in SQL). */
    public List<DayCount> countPerDay(EventQuery q) {
        List<DayCount> counts = new ArrayList<>();
        int from = slot(clamp(q.from()));
        int to = slot(clamp(q.to()));
        for (int d = from; d <= to; d++) {
            DayEvents e = days.get(d);
            if (e != null) {
                int n = 0;
                for (int i = 0; i < e.size(); i++) {
                    n += q.types().contains(TYPES[e.type[i]]) ? 1 : 0;
                }
                if (n > 0) {
                    counts.add(new DayCount(LocalDate.ofEpochDay(FIRST_DAY + d), n));
                }
            }
        }
        return counts;
    }

    /** Published events held (for logs and tests). */
    public long size() {
        long n = 0;
        for (int d = 0; d < DAYS; d++) {
            DayEvents e = days.get(d);
            n += e == null ? 0 : e.size();
        }
        return n;
    }

    @FunctionalInterface
    private interface Match {
        void accept(long epochDay, DayEvents events, int index);
    }

    /** The window query's WHERE clause, event by event: started by {@code to}, not ended before {@code from}, in the box, of the types. */
    private void scan(EventQuery q, Match match) {
        if (!q.statuses().equals(java.util.EnumSet.of(EventStatus.PUBLISHED))) {
            throw new IllegalArgumentException("the index holds published events only");
        }
        if (q.to().isBefore(GeoEvent.EARLIEST) || q.from().isAfter(GeoEvent.LATEST)) {
            return;
        }
        int fromDay = (int) q.from().toEpochDay();
        int first = slot(clamp(q.from().minusDays(GeoEvent.MAX_SPAN_DAYS)));
        int last = slot(clamp(q.to()));
        BoundingBox box = q.bbox();
        boolean allTypes = q.types().size() == TYPES.length;
        for (int d = first; d <= last; d++) {
            DayEvents e = days.get(d);
            if (e == null) {
                continue;
            }
            for (int i = 0; i < e.size(); i++) {
                if (e.end[i] >= fromDay
                        && (box == null || box.contains(e.latitude[i], e.longitude[i]))
                        && (allTypes || q.types().contains(TYPES[e.type[i]]))) {
                    match.accept(FIRST_DAY + d, e, i);
                }
            }
        }
    }

    private static LocalDate clamp(LocalDate day) {
        return day.isBefore(GeoEvent.EARLIEST)
                ? GeoEvent.EARLIEST
                : day.isAfter(GeoEvent.LATEST) ? GeoEvent.LATEST : day;
    }

    private static int slot(LocalDate day) {
        return (int) (day.toEpochDay() - FIRST_DAY);
    }

    /** The published events starting on one day, as columns sorted by id (compact, and quick to scan). */
    static final class DayEvents {
        final long[] id;
        final int[] version;
        final int[] end;
        final double[] latitude;
        final double[] longitude;
        final byte[] type;

        private DayEvents(long[] id, int[] version, int[] end, double[] latitude, double[] longitude, byte[] type) {
            this.id = id;
            this.version = version;
            this.end = end;
            this.latitude = latitude;
            this.longitude = longitude;
            this.type = type;
        }

        int size() {
            return id.length;
        }

        Entry entry(long epochDay, int i) {
            return new Entry(
                    id[i],
                    version[i],
                    LocalDate.ofEpochDay(epochDay),
                    LocalDate.ofEpochDay(end[i]),
                    latitude[i],
                    longitude[i],
                    TYPES[type[i]]);
        }

        static boolean same(DayEvents a, DayEvents b) {
            return a == b
                    || (a != null
                            && b != null
                            && java.util.Arrays.equals(a.id, b.id)
                            && java.util.Arrays.equals(a.version, b.version)
                            && java.util.Arrays.equals(a.end, b.end)
                            && java.util.Arrays.equals(a.latitude, b.latitude)
                            && java.util.Arrays.equals(a.longitude, b.longitude)
                            && java.util.Arrays.equals(a.type, b.type));
        }

        /** Collects one day's events as they come from the database (ordered by id). */
        static final class Builder {
            private long[] id = new long[8];
            private int[] version = new int[8];
            private int[] end = new int[8];
            private double[] latitude = new double[8];
            private double[] longitude = new double[8];
            private byte[] type = new byte[8];
            private int size;

            void add(long eventId, int eventVersion, LocalDate dateEnd, double lat, double lon, EventType eventType) {
                if (size == id.length) {
                    int grown = size * 2;
                    id = java.util.Arrays.copyOf(id, grown);
                    version = java.util.Arrays.copyOf(version, grown);
                    end = java.util.Arrays.copyOf(end, grown);
                    latitude = java.util.Arrays.copyOf(latitude, grown);
                    longitude = java.util.Arrays.copyOf(longitude, grown);
                    type = java.util.Arrays.copyOf(type, grown);
                }
                id[size] = eventId;
                version[size] = eventVersion;
                end[size] = (int) dateEnd.toEpochDay();
                latitude[size] = lat;
                longitude[size] = lon;
                type[size] = (byte) eventType.ordinal();
                size++;
            }

            DayEvents build() {
                return new DayEvents(
                        java.util.Arrays.copyOf(id, size),
                        java.util.Arrays.copyOf(version, size),
                        java.util.Arrays.copyOf(end, size),
                        java.util.Arrays.copyOf(latitude, size),
                        java.util.Arrays.copyOf(longitude, size),
                        java.util.Arrays.copyOf(type, size));
            }
        }
    }
}
