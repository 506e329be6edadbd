package org.frontlineatlas.events;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * "Events between two dates (inclusive), optionally inside a box and of given types": an event
 * matches when its date range overlaps [from, to].
 */
public record EventQuery(
        LocalDate from, LocalDate to, BoundingBox bbox, Set<EventType> types, Set<EventStatus> statuses, int limit) {

    public static final int MAX_LIMIT = 200_000;

    public EventQuery {
        if (from == null || to == null) {
            throw new IllegalArgumentException("from and to dates are required");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("'to' must not be before 'from'");
        }
        types = types == null || types.isEmpty() ? EnumSet.allOf(EventType.class) : EnumSet.copyOf(types);
        statuses =
                statuses == null || statuses.isEmpty() ? EnumSet.of(EventStatus.PUBLISHED) : EnumSet.copyOf(statuses);
        if (limit <= 0 || limit > MAX_LIMIT) {
            limit = MAX_LIMIT;
        }
    }

    /** What readers see: published events of every type anywhere. */
    public static EventQuery published(LocalDate from, LocalDate to) {
        return new EventQuery(from, to, null, null, null, MAX_LIMIT);
    }

    public EventQuery withBox(BoundingBox box) {
        return new EventQuery(from, to, box, types, statuses, limit);
    }

    public EventQuery withTypes(Set<EventType> wanted) {
        return new EventQuery(from, to, bbox, wanted, statuses, limit);
    }
}
