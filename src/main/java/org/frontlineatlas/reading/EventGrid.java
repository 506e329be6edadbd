package org.frontlineatlas.reading;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.frontlineatlas.events.BoundingBox;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.EventWindowQueries;

/** The events of a window aggregated into grid cells (see {@link GridQuery}); {@code total} is their sum. */
public record EventGrid(double cellDegrees, long total, List<GridCell> cells) {

    /** Collects events one by one into square cells of {@code cellDegrees}. */
    public static final class Builder implements EventWindowQueries.PointSink {
        private final double size;
        private final Map<Long, Acc> cells = new HashMap<>();
        private long total;

        public Builder(double cellDegrees) {
            this.size = cellDegrees;
        }

        @Override
        public void accept(double latitude, double longitude, EventType type, LocalDate date, LocalDate dateEnd) {
            long row = (long) Math.floor(latitude / size);
            long column = (long) Math.floor(longitude / size);
            // Rows and columns stay far below 2^31 for any cell of a zoom level (at most 2^18 * 360 / 48 across).
            cells.computeIfAbsent((row << 32) ^ (column & 0xffffffffL), k -> new Acc(row, column))
                    .add(latitude, longitude, type, date, dateEnd);
            total++;
        }

        /** The cells, busiest first (ties by position, so the order is stable). */
        public EventGrid build() {
            List<GridCell> list = new ArrayList<>(cells.size());
            for (Acc a : cells.values()) {
                list.add(a.toCell(size));
            }
            list.sort(Comparator.comparingLong(GridCell::count)
                    .reversed()
                    .thenComparingDouble(GridCell::latitude)
                    .thenComparingDouble(GridCell::longitude));
            return new EventGrid(size, total, List.copyOf(list));
        }
    }

    private static final class Acc {
        private static final EventType[] TYPES = EventType.values();
        final long row;
        final long column;
        final long[] byType = new long[TYPES.length];
        long count;
        double sumLat;
        double sumLon;
        LocalDate first;
        LocalDate last;

        Acc(long row, long column) {
            this.row = row;
            this.column = column;
        }

        void add(double lat, double lon, EventType type, LocalDate date, LocalDate end) {
            count++;
            sumLat += lat;
            sumLon += lon;
            byType[type.ordinal()]++;
            first = first == null || date.isBefore(first) ? date : first;
            last = last == null || end.isAfter(last) ? end : last;
        }

        GridCell toCell(double size) {
            Map<EventType, Long> types = new EnumMap<>(EventType.class);
            for (int i = 0; i < byType.length; i++) {
                if (byType[i] > 0) {
                    types.put(TYPES[i], byType[i]);
                }
            }
            BoundingBox box = new BoundingBox(
                    Math.max(-180, column * size), Math.max(-90, row * size),
                    Math.min(180, (column + 1) * size), Math.min(90, (row + 1) * size));
            return new GridCell(
                    sumLat / count, sumLon / count, count, Collections.unmodifiableMap(types), first, last, box);
        }
    }
}
