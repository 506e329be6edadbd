package org.frontlineatlas.extraction;

import java.time.LocalDate;
import java.util.List;
import org.frontlineatlas.events.DatePrecision;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.gazetteer.Place;

/**
 * A dated geo-event found in one or more articles, ready to be stored as a geo_event with its
 * event_source rows.
 *
 * @param geoPrecision 1 the named place itself, 2 near it or part of it ("40km east of Kharkiv",
 *                     a river), 3 a whole region or country
 * @param dateDefaulted true when no sentence stated a date and the article's default was used
 * @param sources      the sentences reporting it, in text order
 */
public record ExtractedEvent(
        Place place,
        int geoPrecision,
        LocalDate date,
        LocalDate dateEnd,
        DatePrecision precision,
        boolean dateDefaulted,
        EventType type,
        String summary,
        double confidence,
        List<EventQuote> sources) {

    public ExtractedEvent {
        sources = List.copyOf(sources);
    }
}
