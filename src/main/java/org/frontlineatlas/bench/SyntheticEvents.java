package org.frontlineatlas.bench;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import org.frontlineatlas.bench.SyntheticPlaces.Kind;
import org.frontlineatlas.bench.SyntheticPlaces.Place;
import org.frontlineatlas.events.DatePrecision;
import org.frontlineatlas.events.EventOrigin;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.GeoEvent;

/**
 * Deterministic, made-up but plausible events for load tests and benchmarks: the same seed and size
 * always give the same events. Three years of war (24 Feb 2022 to 23 Feb 2025) over ~100 real places
 * of {@link SyntheticPlaces}; daily volume follows rough intensity phases (the invasion, the Donbas
 * battles, the counteroffensives, Avdiivka, Kursk and Pokrovsk) with day-to-day noise; a place is
 * busier while the fighting is there. Types follow the place's kind; summaries are composed from
 * templates written for this class. Every event says it is synthetic (source name, created_by), so
 * none can be mistaken for a real report, and they can be deleted with one statement.
 */
public final class SyntheticEvents implements Iterable<GeoEvent> {

    public static final LocalDate FIRST_DAY = LocalDate.of(2022, 2, 24);
    public static final LocalDate LAST_DAY = LocalDate.of(2025, 2, 23);
    public static final String CREATED_BY = "synthetic";
    public static final String SOURCE_NAME = "Synthetic data (generated)";

    private static final int DAYS = (int) ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY) + 1;

    /** Global intensity by period: [start, multiplier], each until the next start. */
    private static final List<Map.Entry<LocalDate, Double>> PHASES = List.of(
            Map.entry(LocalDate.of(2022, 2, 24), 1.8), // full-scale invasion
            Map.entry(LocalDate.of(2022, 4, 8), 1.3), // battle of Donbas
            Map.entry(LocalDate.of(2022, 9, 1), 1.5), // Kharkiv and Kherson counteroffensives
            Map.entry(LocalDate.of(2022, 11, 16), 1.1), // winter, Bakhmut
            Map.entry(LocalDate.of(2023, 6, 1), 1.35), // summer counteroffensive
            Map.entry(LocalDate.of(2023, 10, 1), 1.15), // Avdiivka, Krynky
            Map.entry(LocalDate.of(2024, 3, 1), 1.0),
            Map.entry(LocalDate.of(2024, 8, 1), 1.3), // Kursk incursion, push on Pokrovsk
            Map.entry(LocalDate.of(2025, 1, 1), 1.1));

    private final long seed;
    private final int[] perDay;

    /** {@code size} events in total, spread over the three years; {@code seed} fixes every choice. */
    public SyntheticEvents(int size, long seed) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        this.seed = seed;
        this.perDay = dailyCounts(size, new SplittableRandom(seed));
    }

    public int size() {
        int total = 0;
        for (int n : perDay) {
            total += n;
        }
        return total;
    }

    /** All events in a list: fine for tests; stream big sets with {@link #iterator()} instead. */
    public List<GeoEvent> toList() {
        List<GeoEvent> all = new ArrayList<>(size());
        forEach(all::add);
        return all;
    }

    /** Events in date order, made on the fly (a million need not fit in memory). */
    @Override
    public Iterator<GeoEvent> iterator() {
        return new Iterator<>() {
            // Each day draws from its own stream, so a day's events do not depend on earlier days' sizes.
            private int day = -1;
            private int left = 0;
            private SplittableRandom random;
            private double[] placeCdf;

            @Override
            public boolean hasNext() {
                while (left == 0 && day + 1 < DAYS) {
                    day++;
                    left = perDay[day];
                    random = new SplittableRandom(seed * 31 + day);
                    placeCdf = left == 0 ? null : placeCdf(FIRST_DAY.plusDays(day));
                }
                return left > 0;
            }

            @Override
            public GeoEvent next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                left--;
                Place place = SyntheticPlaces.ALL.get(pick(placeCdf, random.nextDouble()));
                return event(FIRST_DAY.plusDays(day), place, random);
            }
        };
    }

    /** Expected share of each day (phase times noise), rounded so the counts add up to {@code size} exactly. */
    private static int[] dailyCounts(int size, SplittableRandom random) {
        double[] weight = new double[DAYS];
        double sum = 0;
        for (int d = 0; d < DAYS; d++) {
            double noise = 0.65 + 0.7 * random.nextDouble();
            weight[d] = phase(FIRST_DAY.plusDays(d)) * noise;
            sum += weight[d];
        }
        int[] counts = new int[DAYS];
        double carry = 0;
        int given = 0;
        for (int d = 0; d < DAYS; d++) {
            double exact = size * weight[d] / sum + carry;
            counts[d] = (int) Math.floor(exact);
            carry = exact - counts[d];
            given += counts[d];
        }
        counts[DAYS - 1] += size - given; // the rounding remainder (0 or 1)
        return counts;
    }

    private static double phase(LocalDate day) {
        double value = PHASES.get(0).getValue();
        for (var p : PHASES) {
            if (!day.isBefore(p.getKey())) {
                value = p.getValue();
            }
        }
        return value;
    }

    private static double[] placeCdf(LocalDate day) {
        double[] cdf = new double[SyntheticPlaces.ALL.size()];
        double sum = 0;
        for (int i = 0; i < cdf.length; i++) {
            sum += SyntheticPlaces.ALL.get(i).weightOn(day);
            cdf[i] = sum;
        }
        for (int i = 0; i < cdf.length; i++) {
            cdf[i] /= sum;
        }
        return cdf;
    }

    private static int pick(double[] cdf, double u) {
        int lo = 0;
        int hi = cdf.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cdf[mid] < u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static GeoEvent event(LocalDate day, Place place, SplittableRandom r) {
        EventType type = typeFor(place.kind(), r.nextDouble());
        // Most reports name the place itself; some say "near" or only the district (looser, wider jitter).
        double p = r.nextDouble();
        int geoPrecision = p < 0.85 ? 1 : p < 0.97 ? 2 : 3;
        double spread = geoPrecision == 1 ? 0.015 : geoPrecision == 2 ? 0.06 : 0.15;
        double lat = place.lat() + (r.nextDouble() * 2 - 1) * spread;
        double lon = place.lon() + (r.nextDouble() * 2 - 1) * spread * 1.5; // a degree of longitude is shorter here
        double q = r.nextDouble();
        DatePrecision precision = q < 0.95 ? DatePrecision.DAY : q < 0.99 ? DatePrecision.WEEK : DatePrecision.MONTH;
        LocalDate end = switch (precision) {
            case DAY -> day;
            case WEEK -> day.plusDays(6);
            case MONTH -> day.plusDays(29);
        };
        if (end.isAfter(LAST_DAY)) {
            end = LAST_DAY;
        }
        double s = r.nextDouble();
        EventStatus status = s < 0.92 ? EventStatus.PUBLISHED : s < 0.98 ? EventStatus.PROPOSED : EventStatus.REJECTED;
        EventOrigin origin = r.nextDouble() < 0.85 ? EventOrigin.EXTRACTED : EventOrigin.PINNED;
        double confidence = Math.round((0.45 + 0.53 * r.nextDouble()) * 100) / 100.0;
        return GeoEvent.draft(
                day,
                end,
                precision,
                place.name(),
                null,
                lat,
                lon,
                geoPrecision,
                type,
                SyntheticSummaries.compose(type, place.name(), r),
                confidence,
                status,
                origin,
                SOURCE_NAME,
                null);
    }

    /** Cumulative type shares per kind of place, in {@link EventType} order. */
    private static final Map<Kind, double[]> TYPE_SHARES = Map.of(
            //               attack shell advance retreat capture liber evac casual claim aid  dipl other
            Kind.FRONT, shares(22, 30, 10, 4, 3, 2, 4, 10, 9, 2, 0, 4),
            Kind.RIVER, shares(14, 50, 3, 1, 1, 1, 8, 14, 5, 2, 0, 1),
            Kind.CITY, shares(3, 55, 0, 0, 0, 0, 5, 20, 5, 7, 2, 3),
            Kind.BORDER, shares(14, 44, 2, 1, 1, 1, 10, 10, 12, 2, 0, 3),
            Kind.CRIMEA, shares(20, 50, 0, 0, 0, 0, 2, 6, 18, 0, 0, 4));

    private static double[] shares(double... weights) {
        double[] cdf = new double[weights.length];
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            cdf[i] = acc / sum;
        }
        return cdf;
    }

    private static EventType typeFor(Kind kind, double u) {
        return EventType.values()[pick(TYPE_SHARES.get(kind), u)];
    }
}
