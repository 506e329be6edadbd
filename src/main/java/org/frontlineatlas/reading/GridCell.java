package org.frontlineatlas.reading;

import java.time.LocalDate;
import java.util.Map;
import org.frontlineatlas.events.BoundingBox;
import org.frontlineatlas.events.EventType;

/**
 * One grid cell with events: where its events are on average (drawn there rather than at the cell's
 * corner, so a cell with one town sits on the town), how many there are of each type, the first and
 * last day they cover, and the cell's own box (to zoom into it).
 */
public record GridCell(
        double latitude,
        double longitude,
        long count,
        Map<EventType, Long> types,
        LocalDate first,
        LocalDate last,
        BoundingBox box) {}
