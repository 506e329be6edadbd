package org.frontlineatlas.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Geometry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An editor's correction of one area's outline (a vertex dragged on the editor map). Stored as imports
 * are: a NEW version holding every area of the corrected one's version, that area with its new
 * outline, with source "editor correction by <user>" and an audit row, in one transaction; the
 * version before stays as it was, so nothing is lost and the newest version wins for its days.
 * An outline JTS calls invalid (crossing itself) is refused before anything is written.
 */
@Service
public class ControlCorrection {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ControlAreaRepository repository;
    private final TransactionTemplate tx;
    private final Clock clock;

    @Autowired
    public ControlCorrection(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this(new ControlAreaRepository(jdbc), new TransactionTemplate(transactions), Clock.systemUTC());
    }

    ControlCorrection(ControlAreaRepository repository, TransactionTemplate tx, Clock clock) {
        this.repository = repository;
        this.tx = tx;
        this.clock = clock;
    }

    /** What a correction stored: the new version, the area's id in it, its km² before and after. */
    public record Result(long version, long areaId, String name, double km2Before, double km2After) {}

    /**
     * Replaces the outline of area {@code areaId} by {@code geoJsonGeometry} (a GeoJSON Polygon or
     * MultiPolygon in lon/lat) in a new version. Bad input: an IllegalArgumentException saying what
     * (an {@link InvalidGeometryException} for an invalid outline).
     */
    public Result correct(long areaId, String geoJsonGeometry, String user) {
        Geometry outline = ControlGeometry.checked(parse(geoJsonGeometry));
        return tx.execute(s -> {
            ControlArea old = repository
                    .area(areaId)
                    .orElseThrow(() -> new IllegalArgumentException("area " + areaId + " does not exist (any more)"));
            List<ControlVersion> versions = repository.versions();
            ControlVersion from = versions.stream()
                    .filter(v -> v.id() == old.versionId())
                    .findFirst()
                    .orElseThrow();
            // A newer version of overlapping days (another editor's correction or an import) would be
            // silently undone by a copy of this older one: refuse, the editor reloads and redoes the drag.
            versions.stream()
                    .filter(v -> v.id() > from.id() && overlap(v, from))
                    .findFirst()
                    .ifPresent(v -> {
                        throw new IllegalArgumentException(
                                "the areas were changed since they were opened (version " + v.id()
                                        + ", " + v.sourceName()
                                        + ", covers some of the same days): a correction of the older version would undo it;"
                                        + " reload the day and correct again");
                    });
            List<ControlArea> copied = new ArrayList<>();
            ControlArea corrected = null;
            for (ControlArea a : repository.areasOf(old.versionId())) {
                if (a.id() == areaId) {
                    corrected = ControlArea.draft(
                            a.name(), a.status(), a.validFrom(), a.validTo(), outline, a.approximate(), a.note());
                    copied.add(corrected);
                } else {
                    // km² kept as computed at import: the outline is the same.
                    copied.add(new ControlArea(
                            0,
                            0,
                            a.name(),
                            a.status(),
                            a.validFrom(),
                            a.validTo(),
                            a.geometry(),
                            a.areaKm2(),
                            a.approximate(),
                            a.note()));
                }
            }
            String name = old.name() == null ? "area " + areaId : old.name();
            String detail = String.format(
                    Locale.ROOT,
                    "outline of %s (area %d of version %d, %s) corrected: %.0f km² -> %.0f km²",
                    name,
                    areaId,
                    from.id(),
                    from.sourceName(),
                    old.areaKm2(),
                    corrected.areaKm2());
            long version = repository.insertVersion(
                    ControlAreaRepository.clip("editor correction by " + user, 200),
                    ControlAreaRepository.clip(
                            "Corrects " + name + " of version " + from.id() + " (" + from.sourceName() + ")", 1000),
                    user,
                    clock.instant(),
                    copied,
                    "correct",
                    detail);
            long newId =
                    repository.areasOf(version).get(copied.indexOf(corrected)).id();
            return new Result(version, newId, old.name(), old.areaKm2(), corrected.areaKm2());
        });
    }

    private static boolean overlap(ControlVersion a, ControlVersion b) {
        boolean aEndsBeforeB = a.lastDay() != null && a.lastDay().isBefore(b.firstDay());
        boolean bEndsBeforeA = b.lastDay() != null && b.lastDay().isBefore(a.firstDay());
        return !aEndsBeforeB && !bEndsBeforeA;
    }

    private static Geometry parse(String geoJson) {
        if (geoJson == null || geoJson.isBlank()) {
            throw new IllegalArgumentException("no outline was sent");
        }
        try {
            Geometry g = GeoJsonControlReader.geometry(JSON.readTree(geoJson));
            g.setSRID(4326);
            return g;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the outline is not GeoJSON");
        }
    }
}
