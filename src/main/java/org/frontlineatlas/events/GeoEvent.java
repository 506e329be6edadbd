package org.frontlineatlas.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A dated report of something that happened at a place. Invariants are checked here so that no
 * path (UI, API, import, CLI) can store an event off the globe or with an impossible date.
 */
public record GeoEvent(
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

    /** Reports of this war start in 2014; a date outside these bounds is a typo, not news. */
    public static final LocalDate EARLIEST = LocalDate.of(2014, 1, 1);

    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);
    /** The longest range an event may span (a month); window queries rely on it. */
    public static final int MAX_SPAN_DAYS = 31;

    public static final int MAX_SUMMARY = 1000;

    public GeoEvent {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(datePrecision, "date precision");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(origin, "origin");
        if (dateEnd == null) {
            dateEnd = date;
        }
        if (date.isBefore(EARLIEST) || dateEnd.isAfter(LATEST)) {
            throw new IllegalArgumentException("date must lie between " + EARLIEST + " and " + LATEST);
        }
        if (dateEnd.isBefore(date) || ChronoUnit.DAYS.between(date, dateEnd) > MAX_SPAN_DAYS) {
            throw new IllegalArgumentException(
                    "date range must run forward and span at most " + MAX_SPAN_DAYS + " days");
        }
        if (!(latitude >= -90 && latitude <= 90) || !(longitude >= -180 && longitude <= 180)) {
            throw new IllegalArgumentException("coordinates off the globe: " + latitude + ", " + longitude);
        }
        if (geoPrecision < 1 || geoPrecision > 3) {
            throw new IllegalArgumentException("geo precision must be 1, 2 or 3");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must lie between 0 and 1");
        }
        placeName = requireText(placeName, "place name", 200);
        summary = requireText(summary, "summary", MAX_SUMMARY);
        sourceName = optionalText(sourceName, 200);
        sourceUrl = SourceUrls.checked(sourceUrl);
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
            d.createdBy = stored.createdBy;
            d.createdAt = stored.createdAt;
            d.updatedBy = stored.updatedBy;
            d.updatedAt = stored.updatedAt;
            d.version = stored.version;
        });
    }

    /** True when what a reader sees (everything but the bookkeeping) is the same. */
    public boolean sameContentAs(GeoEvent other) {
        return other != null && asVersionOf(this).equals(other.asVersionOf(this));
    }

    private static String requireText(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        String trimmed = value.strip();
        if (trimmed.length() > max) {
            throw new IllegalArgumentException(what + " is longer than " + max + " characters");
        }
        return trimmed;
    }

    private static String optionalText(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String trimmed = value.strip();
        return trimmed.length() > max ? trimmed.substring(0, max) : trimmed;
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
            date = e.date;
            dateEnd = e.dateEnd;
            datePrecision = e.datePrecision;
            placeName = e.placeName;
            gazetteerId = e.gazetteerId;
            latitude = e.latitude;
            longitude = e.longitude;
            geoPrecision = e.geoPrecision;
            type = e.type;
            summary = e.summary;
            confidence = e.confidence;
            status = e.status;
            origin = e.origin;
            sourceName = e.sourceName;
            sourceUrl = e.sourceUrl;
            createdBy = e.createdBy;
            createdAt = e.createdAt;
            updatedBy = e.updatedBy;
            updatedAt = e.updatedAt;
            version = e.version;
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
