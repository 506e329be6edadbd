package org.frontlineatlas.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A dated report of something that happened at a place: when ({@link EventDates}), where
 * ({@link EventPlace}), what (type, summary, confidence) and the store's bookkeeping
 * ({@link EventBookkeeping}). Invariants are checked in the parts and here, so that no path (UI, API,
 * import, CLI) can store an event off the globe or with an impossible date. The flat accessors
 * ({@link #date()}, {@link #latitude()}, {@link #version()}...) read through to the parts.
 */
public record GeoEvent(
        Long id,
        EventDates when,
        EventPlace where,
        EventType type,
        String summary,
        double confidence,
        EventBookkeeping bookkeeping) {

    /** Reports of this war start in 2014; a date outside these bounds is a typo, not news. */
    public static final LocalDate EARLIEST = LocalDate.of(2014, 1, 1);

    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    /** The longest range an event may span (a month); window queries rely on it. */
    public static final int MAX_SPAN_DAYS = 31;

    public static final int MAX_SUMMARY = 1000;

    public GeoEvent {
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(where, "where");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(bookkeeping, "bookkeeping");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie between 0 and 1");
        }
        summary = EventText.required(summary, "summary", MAX_SUMMARY);
    }

    /** All fields flat, as stored in a geo_event row (geo precision as its number, 1 to 3). */
    public GeoEvent(
            Long id,
            LocalDate date,
            LocalDate dateEnd,
            DatePrecision datePrecision,
            String placeName,
            String gazetteerId,
            double latitude,
            double longitude,
            int geoPrecision,
            EventType type,
            String summary,
            double confidence,
            EventStatus status,
            EventOrigin origin,
            String sourceName,
            String sourceUrl,
            String createdBy,
            Instant createdAt,
            String updatedBy,
            Instant updatedAt,
            int version) {
        this(
                id,
                new EventDates(date, dateEnd, datePrecision),
                new EventPlace(placeName, gazetteerId, latitude, longitude, GeoPrecision.of(geoPrecision)),
                type,
                summary,
                confidence,
                new EventBookkeeping(
                        status, origin, sourceName, sourceUrl, createdBy, createdAt, updatedBy, updatedAt, version));
    }

    public LocalDate date() {
        return when.date();
    }

    public LocalDate dateEnd() {
        return when.dateEnd();
    }

    public DatePrecision datePrecision() {
        return when.precision();
    }

    public String placeName() {
        return where.name();
    }

    public String gazetteerId() {
        return where.gazetteerId();
    }

    public double latitude() {
        return where.latitude();
    }

    public double longitude() {
        return where.longitude();
    }

    /** The geo precision's stored number (1 exact, 2 near, 3 region); {@code where().precision()} is the enum. */
    public int geoPrecision() {
        return where.precision().code();
    }

    public EventStatus status() {
        return bookkeeping.status();
    }

    public EventOrigin origin() {
        return bookkeeping.origin();
    }

    public String sourceName() {
        return bookkeeping.sourceName();
    }

    public String sourceUrl() {
        return bookkeeping.sourceUrl();
    }

    public String createdBy() {
        return bookkeeping.createdBy();
    }

    public Instant createdAt() {
        return bookkeeping.createdAt();
    }

    public String updatedBy() {
        return bookkeeping.updatedBy();
    }

    public Instant updatedAt() {
        return bookkeeping.updatedAt();
    }

    public int version() {
        return bookkeeping.version();
    }

    /** A new, unsaved event: the store assigns id, audit fields and version. */
    public static GeoEvent draft(
            LocalDate date,
            LocalDate dateEnd,
            DatePrecision precision,
            String placeName,
            String gazetteerId,
            double latitude,
            double longitude,
            int geoPrecision,
            EventType type,
            String summary,
            double confidence,
            EventStatus status,
            EventOrigin origin,
            String sourceName,
            String sourceUrl) {
        return new GeoEvent(
                null,
                date,
                dateEnd,
                precision,
                placeName,
                gazetteerId,
                latitude,
                longitude,
                geoPrecision,
                type,
                summary,
                confidence,
                status,
                origin,
                sourceName,
                sourceUrl,
                null,
                null,
                null,
                null,
                0);
    }

    public GeoEvent withStatus(EventStatus newStatus) {
        return with(d -> d.status = newStatus);
    }

    public GeoEvent withPosition(double lat, double lon) {
        return with(d -> {
            d.latitude = lat;
            d.longitude = lon;
        });
    }

    /** This event's content under another stored identity: how a restore writes an old version anew. */
    public GeoEvent asVersionOf(GeoEvent stored) {
        return with(d -> {
            d.id = stored.id;
            d.createdBy = stored.createdBy();
            d.createdAt = stored.createdAt();
            d.updatedBy = stored.updatedBy();
            d.updatedAt = stored.updatedAt();
            d.version = stored.version();
        });
    }

    /** True when what a reader sees (everything but the bookkeeping) is the same. */
    public boolean sameContentAs(GeoEvent other) {
        return other != null && asVersionOf(this).equals(other.asVersionOf(this));
    }

    /**
     * A copy with some fields changed ({@code e.with(d -> d.version = 3)}); the record's checks run
     * again on the copy, so no change can make an event that could not be stored.
     */
    public GeoEvent with(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return d.build();
    }

    /** The fields of an event being changed; only {@link #with} makes one. */
    public static final class Draft {
        public Long id;
        public LocalDate date;
        public LocalDate dateEnd;
        public DatePrecision datePrecision;
        public String placeName;
        public String gazetteerId;
        public double latitude;
        public double longitude;
        public int geoPrecision;
        public EventType type;
        public String summary;
        public double confidence;
        public EventStatus status;
        public EventOrigin origin;
        public String sourceName;
        public String sourceUrl;
        public String createdBy;
        public Instant createdAt;
        public String updatedBy;
        public Instant updatedAt;
        public int version;

        private Draft(GeoEvent e) {
            id = e.id;
            date = e.date();
            dateEnd = e.dateEnd();
            datePrecision = e.datePrecision();
            placeName = e.placeName();
            gazetteerId = e.gazetteerId();
            latitude = e.latitude();
            longitude = e.longitude();
            geoPrecision = e.geoPrecision();
            type = e.type;
            summary = e.summary;
            confidence = e.confidence;
            status = e.status();
            origin = e.origin();
            sourceName = e.sourceName();
            sourceUrl = e.sourceUrl();
            createdBy = e.createdBy();
            createdAt = e.createdAt();
            updatedBy = e.updatedBy();
            updatedAt = e.updatedAt();
            version = e.version();
        }

        private GeoEvent build() {
            return new GeoEvent(
                    id,
                    date,
                    dateEnd,
                    datePrecision,
                    placeName,
                    gazetteerId,
                    latitude,
                    longitude,
                    geoPrecision,
                    type,
                    summary,
                    confidence,
                    status,
                    origin,
                    sourceName,
                    sourceUrl,
                    createdBy,
                    createdAt,
                    updatedBy,
                    updatedAt,
                    version);
        }
    }
}
