package org.frontlineatlas.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The events of a window aggregated into grid cells (see {@link GridQuery}); {@code total} is their sum. */
public record EventGrid(double cellDegrees, long total, List<GridCell> cells) {

    /** Folds the per-(cell, type) rows of the grid query into cells, busiest first. */
    public static EventGrid fold(double cellDegrees, List<EventRepository.GridRow> rows) {
        Map<List<Long>, Acc> byCell = new LinkedHashMap<>();
        long total = 0;
        for (EventRepository.GridRow r : rows) {
            byCell.computeIfAbsent(List.of(r.row(), r.column()), k -> new Acc(r.row(), r.column())).add(r);
            total += r.count();
        }
        List<GridCell> cells = new ArrayList<>(byCell.size());
        for (Acc a : byCell.values()) {
            cells.add(a.toCell(cellDegrees));
        }
        cells.sort(Comparator.comparingLong(GridCell::count).reversed()
                .thenComparingDouble(GridCell::latitude).thenComparingDouble(GridCell::longitude));
        return new EventGrid(cellDegrees, total, List.copyOf(cells));
    }

    private static final class Acc {
        final long row;
        final long column;
        long count;
        double sumLat;
        double sumLon;
        LocalDate first;
        LocalDate last;
        final Map<EventType, Long> types = new EnumMap<>(EventType.class);

        Acc(long row, long column) {
            this.row = row;
            this.column = column;
        }

        void add(EventRepository.GridRow r) {
            count += r.count();
            sumLat += r.sumLat();
            sumLon += r.sumLon();
            types.merge(r.type(), r.count(), Long::sum);
            first = first == null || r.first().isBefore(first) ? r.first() : first;
            last = last == null || r.last().isAfter(last) ? r.last() : last;
        }

        GridCell toCell(double size) {
            BoundingBox box = new BoundingBox(
                    Math.max(-180, column * size), Math.max(-90, row * size),
                    Math.min(180, (column + 1) * size), Math.min(90, (row + 1) * size));
            return new GridCell(sumLat / count, sumLon / count, count, types, first, last, box);
        }
    }
}
