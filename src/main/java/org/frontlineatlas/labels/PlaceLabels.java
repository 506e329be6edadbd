package org.frontlineatlas.labels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.frontlineatlas.gazetteer.Gazetteer;
import org.frontlineatlas.gazetteer.Place;
import org.frontlineatlas.gazetteer.PlaceKind;

/**
 * Which settlements the map labels at a zoom: capitals and oblast centres from zoom 5, towns by
 * population as the zoom grows, every settlement from zoom 11. Built once over the gazetteer: the
 * settlements sorted by rank (capital, then admin-1 seat, then population) and bucketed into a
 * one-degree grid whose cells keep that order, so an answer reads only the cells in view and, in
 * each, only the places shown at that zoom.
 */
public final class PlaceLabels {

    /** Every settlement is labelled from this zoom on. */
    public static final int ALL_FROM_ZOOM = 11;

    private static final int CELLS_X = 360;
    private static final int CELLS_Y = 180;

    private static volatile PlaceLabels defaultInstance;

    /** By rank: 0 is the place that wins every collision. */
    private final Place[] byRank;

    private final byte[] minZoom;
    private final byte[] importance;
    private final double[] lat;
    private final double[] lon;
    /** Per grid cell, the ranks of its settlements, ascending. */
    private final int[][] cells = new int[CELLS_X * CELLS_Y][];

    PlaceLabels(Gazetteer gazetteer) {
        List<Place> settlements = new ArrayList<>();
        for (Place p : gazetteer.places()) {
            if (p.kind() == PlaceKind.SETTLEMENT && Double.isFinite(p.latitude()) && Double.isFinite(p.longitude())) {
                settlements.add(p);
            }
        }
        Comparator<Place> rank = Comparator.<Place>comparingInt(p -> -tier(gazetteer.importance(p)))
                .thenComparingLong(p -> -p.population())
                .thenComparing(Place::id);
        settlements.sort(rank);
        int n = settlements.size();
        byRank = settlements.toArray(new Place[0]);
        minZoom = new byte[n];
        importance = new byte[n];
        lat = new double[n];
        lon = new double[n];
        int[] counts = new int[cells.length];
        for (int r = 0; r < n; r++) {
            Place p = byRank[r];
            importance[r] = (byte) gazetteer.importance(p);
            minZoom[r] = (byte) minZoomOf(importance[r], p.population());
            lat[r] = p.latitude();
            lon[r] = p.longitude();
            counts[cellOf(lat[r], lon[r])]++;
        }
        for (int c = 0; c < cells.length; c++) {
            cells[c] = counts[c] == 0 ? null : new int[counts[c]];
        }
        Arrays.fill(counts, 0);
        for (int r = 0; r < n; r++) { // ranks ascend, so every cell is sorted by rank
            int c = cellOf(lat[r], lon[r]);
            cells[c][counts[c]++] = r;
        }
    }

    /** Built once over the bundled gazetteer and shared. */
    public static PlaceLabels loadDefault() {
        PlaceLabels l = defaultInstance;
        if (l == null) {
            synchronized (PlaceLabels.class) {
                l = defaultInstance;
                if (l == null) {
                    l = new PlaceLabels(Gazetteer.loadDefault());
                    defaultInstance = l;
                }
            }
        }
        return l;
    }

    /** Capital 2, admin-1 seat (an oblast centre) 1, any other settlement 0. */
    private static int tier(int importance) {
        return importance >= 3 ? 2 : importance == 2 ? 1 : 0;
    }

    /** The zoom from which a place is labelled. */
    static int minZoomOf(int importance, long population) {
        // Admin-1 seats elsewhere can be small towns (a Moldovan raion's): those wait for zoom 7.
        if (importance >= 3 || (importance == 2 && population >= 100_000) || population >= 500_000) {
            return 5;
        }
        if (population >= 200_000) {
            return 6;
        }
        if (population >= 100_000 || importance == 2) {
            return 7;
        }
        if (population >= 50_000 || (importance == 1 && population >= 20_000)) {
            return 8;
        }
        if (population >= 20_000 || importance == 1) {
            return 9;
        }
        if (population >= 5_000) {
            return 10;
        }
        return ALL_FROM_ZOOM;
    }

    private static int cellOf(double latitude, double longitude) {
        int x = Math.min(CELLS_X - 1, Math.max(0, (int) Math.floor(longitude + 180)));
        int y = Math.min(CELLS_Y - 1, Math.max(0, (int) Math.floor(latitude + 90)));
        return y * CELLS_X + x;
    }

    /** A settlement to label, with its rank (0 first) and the zoom it is labelled from. */
    public record Label(Place place, int rank, int minZoom, boolean capital, boolean regionCentre) {}

    /** The answer: the labels in rank order, and whether more would have been shown than {@code limit}. */
    public record Answer(List<Label> labels, boolean truncated) {}

    /**
     * The settlements labelled at {@code zoom} inside the box, best first, at most {@code limit}.
     * Longitudes may run past ±180 (a map panned round the world); a box over the antimeridian is
     * read as its two halves.
     */
    public Answer query(double west, double south, double east, double north, int zoom, int limit) {
        double s = Math.max(-90, south);
        double n = Math.min(90, north);
        Hits hits = new Hits();
        if (east - west >= 360) {
            collect(-180, s, 180, n, zoom, hits);
        } else {
            double w = ((west + 180) % 360 + 360) % 360 - 180;
            double e = w + (east - west);
            collect(w, s, Math.min(180, e), n, zoom, hits);
            if (e > 180) {
                collect(-180, s, e - 360, n, zoom, hits);
            }
        }
        Arrays.sort(hits.ranks, 0, hits.size);
        int count = Math.min(hits.size, Math.max(0, limit));
        List<Label> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int r = hits.ranks[i];
            out.add(new Label(byRank[r], r, minZoom[r], importance[r] >= 3, importance[r] == 2));
        }
        return new Answer(out, hits.size > count);
    }

    /** One query's growing list of ranks found. */
    private static final class Hits {
        int[] ranks = new int[256];
        int size;

        void add(int rank) {
            if (size == ranks.length) {
                ranks = Arrays.copyOf(ranks, size * 2);
            }
            ranks[size++] = rank;
        }
    }

    private void collect(double w, double s, double e, double n, int zoom, Hits hits) {
        int x0 = Math.max(0, (int) Math.floor(w + 180));
        int x1 = Math.min(CELLS_X - 1, (int) Math.floor(e + 180));
        int y0 = Math.max(0, (int) Math.floor(s + 90));
        int y1 = Math.min(CELLS_Y - 1, (int) Math.floor(n + 90));
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                int[] cell = cells[y * CELLS_X + x];
                if (cell == null) {
                    continue;
                }
                boolean inside = y > y0 && y < y1 && x > x0 && x < x1; // an inner cell: no need to test each point
                for (int r : cell) {
                    // minZoom does not fall monotonically along a cell (an oblast centre is small), so read on
                    if (minZoom[r] <= zoom && (inside || (lat[r] >= s && lat[r] <= n && lon[r] >= w && lon[r] <= e))) {
                        hits.add(r);
                    }
                }
            }
        }
    }
}
