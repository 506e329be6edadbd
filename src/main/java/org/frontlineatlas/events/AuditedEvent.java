package org.frontlineatlas.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An event as event_audit's before_json and after_json hold it: every field flat, under the names the
 * rows have carried since the first version. Kept apart from {@link GeoEvent} so that reshaping the
 * model leaves old audit rows readable (a restore reads them back).
 */
record AuditedEvent(
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

    static AuditedEvent of(GeoEvent e) {
        return new AuditedEvent(
                e.id(),
                e.date(),
                e.dateEnd(),
                e.datePrecision(),
                e.placeName(),
                e.gazetteerId(),
                e.latitude(),
                e.longitude(),
                e.geoPrecision(),
                e.type(),
                e.summary(),
                e.confidence(),
                e.status(),
                e.origin(),
                e.sourceName(),
                e.sourceUrl(),
                e.createdBy(),
                e.createdAt(),
                e.updatedBy(),
                e.updatedAt(),
                e.version());
    }

    /** The event again, through the model's checks. */
    GeoEvent event() {
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
