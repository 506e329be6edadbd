package org.frontlineatlas.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The areas of control as of a day, and what changed between two days. A day's areas are those of
 * the newest version covering it; a snapshot lasts from one change day of its version to the next,
 * so the slider's many days share few snapshots (cached by version and first day: a new import is a
 * new version, so nothing cached goes stale).
 */
@Service
public class ControlAreas {

    private final ControlAreaRepository repository;
    private final Cache<String, Snapshot> snapshots =
            Caffeine.newBuilder().maximumSize(512).build();
    private final Cache<Long, List<LocalDate>> changeDays =
            Caffeine.newBuilder().maximumSize(64).build();

    @Autowired
    public ControlAreas(JdbcClient jdbc) {
        this(new ControlAreaRepository(jdbc));
    }

    ControlAreas(ControlAreaRepository repository) {
        this.repository = repository;
    }

    /**
     * The areas valid on a day. {@code since}: the first day they hold; {@code occupiedMetres}: the
     * union of the occupied ones on the equal-area projection (for differences).
     */
    public record Snapshot(
            LocalDate since,
            Long version,
            List<ControlArea> areas,
            Map<ControlStatus, Double> km2,
            Geometry occupiedMetres) {
        public boolean isEmpty() {
            return areas.isEmpty();
        }
    }

    /** km² Ukraine regained (occupied on {@code from}, not on {@code to}) and lost (the other way). */
    public record Diff(
            LocalDate from,
            LocalDate to,
            double occupiedFromKm2,
            double occupiedToKm2,
            double gainedKm2,
            double lostKm2) {
        public double netGainedKm2() {
            return gainedKm2 - lostKm2;
        }
    }

    public List<ControlVersion> versions() {
        return repository.versions();
    }

    public Snapshot on(LocalDate day) {
        Optional<Long> version = repository.versionCovering(day);
        if (version.isEmpty()) {
            return new Snapshot(null, null, List.of(), Map.of(), ControlGeometry.FACTORY.createGeometryCollection());
        }
        long v = version.get();
        LocalDate since = startOfSnapshot(v, day);
        return snapshots.get(v + "/" + since, k -> load(v, since));
    }

    /** The day before the snapshot of {@code day} began, when an earlier one exists. */
    public Optional<LocalDate> previousChange(LocalDate day) {
        Snapshot s = on(day);
        if (s.since() == null) {
            return Optional.empty();
        }
        LocalDate before = s.since().minusDays(1);
        return repository.versionCovering(before).isPresent() ? Optional.of(before) : Optional.empty();
    }

    public Diff diff(LocalDate from, LocalDate to) {
        Geometry a = on(from).occupiedMetres();
        Geometry b = on(to).occupiedMetres();
        double gained = EqualAreaProjection.projectedKm2(a.difference(b));
        double lost = EqualAreaProjection.projectedKm2(b.difference(a));
        return new Diff(
                from, to, EqualAreaProjection.projectedKm2(a), EqualAreaProjection.projectedKm2(b), gained, lost);
    }

    private LocalDate startOfSnapshot(long version, LocalDate day) {
        // Change days: each valid_from, and the day after each valid_to.
        List<LocalDate> days = changeDays.get(version, v -> {
            List<LocalDate> out = new ArrayList<>();
            for (ControlArea a : repository.areasOnAnyDay(v)) {
                out.add(a.validFrom());
                if (a.validTo() != null) {
                    out.add(a.validTo().plusDays(1));
                }
            }
            return out.stream().distinct().sorted().toList();
        });
        LocalDate since = null;
        for (LocalDate d : days) {
            if (!d.isAfter(day)) {
                since = d;
            }
        }
        return since == null ? day : since;
    }

    private Snapshot load(long version, LocalDate since) {
        List<ControlArea> areas = repository.areasOn(version, since);
        Map<ControlStatus, Double> km2 = new EnumMap<>(ControlStatus.class);
        List<Geometry> occupied = new ArrayList<>();
        for (ControlArea a : areas) {
            km2.merge(a.status(), a.areaKm2(), Double::sum);
            if (a.status() == ControlStatus.OCCUPIED) {
                occupied.add(EqualAreaProjection.toMetres(a.geometry()));
            }
        }
        Geometry union =
                occupied.isEmpty() ? ControlGeometry.FACTORY.createGeometryCollection() : UnaryUnionOp.union(occupied);
        // Overlapping occupied areas count once.
        km2.put(ControlStatus.OCCUPIED, EqualAreaProjection.projectedKm2(union));
        return new Snapshot(since, version, List.copyOf(areas), Map.copyOf(km2), union);
    }
}
