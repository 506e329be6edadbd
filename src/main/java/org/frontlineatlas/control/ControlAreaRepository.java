package org.frontlineatlas.control;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.frontlineatlas.security.tokens.ApiTokenAuthentication;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** JDBC access to control_version, control_area and control_audit. Callers hold the transaction. */
public class ControlAreaRepository {

    private static final String AREA_COLUMNS =
            "id, version_id, name, status, valid_from, valid_to, geometry_wkt, area_km2, approximate, note";

    private final JdbcClient jdbc;

    public ControlAreaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a version with its areas and the audit row of its import; the new version's id. */
    public long insertVersion(String sourceName, String note, String user, Instant now, List<ControlArea> areas) {
        return insertVersion(sourceName, note, user, now, areas, "import", null);
    }

    /**
     * Stores a version with its areas and one audit row of {@code action} ('import', 'correct');
     * {@code detail} null: the count of areas, their source and days.
     */
    public long insertVersion(
            String sourceName,
            String note,
            String user,
            Instant now,
            List<ControlArea> areas,
            String action,
            String detail) {
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("an import needs at least one area");
        }
        LocalDate first = areas.stream()
                .map(ControlArea::validFrom)
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate last = areas.stream().anyMatch(a -> a.validTo() == null)
                ? null
                : areas.stream()
                        .map(ControlArea::validTo)
                        .filter(Objects::nonNull)
                        .max(Comparator.naturalOrder())
                        .orElseThrow();
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO control_version (source_name, imported_at, imported_by, note, first_day, last_day)
                VALUES (:source, :at, :user, :note, :first, :last)""")
                .param("source", sourceName)
                .param("at", at(now))
                .param("user", user)
                .param("note", note)
                .param("first", first)
                .param("last", last)
                .update(keys, "id");
        long version = keys.getKeyAs(Number.class).longValue();
        WKTWriter wkt = new WKTWriter();
        for (ControlArea a : areas) {
            jdbc.sql(
                            "INSERT INTO control_area (version_id, name, status, valid_from, valid_to, geometry_wkt, area_km2, approximate, note) "
                                    + "VALUES (:v, :name, :status, :from, :to, :wkt, :km2, :approx, :note)")
                    .param("v", version)
                    .param("name", a.name())
                    .param("status", a.status().name())
                    .param("from", a.validFrom())
                    .param("to", a.validTo())
                    .param("wkt", wkt.write(a.geometry()))
                    .param("km2", a.areaKm2())
                    .param("approx", a.approximate())
                    .param("note", a.note())
                    .update();
        }
        jdbc.sql("INSERT INTO control_audit (version_id, changed_at, changed_by, action, detail, via_token) "
                        + "VALUES (:v, :at, :user, :action, :detail, :token)")
                .param("token", ApiTokenAuthentication.currentTokenName().orElse(null))
                .param("v", version)
                .param("at", at(now))
                .param("user", user)
                .param("action", action)
                .param(
                        "detail",
                        clip(
                                detail != null
                                        ? detail
                                        : areas.size() + " areas from " + sourceName + ", " + first + " to "
                                                + (last == null ? "now" : last),
                                2000))
                .update();
        return version;
    }

    public List<ControlVersion> versions() {
        return jdbc.sql("""
                SELECT v.id, v.source_name, v.imported_at, v.imported_by, v.note, v.first_day, v.last_day,
                       (SELECT COUNT(*) FROM control_area a WHERE a.version_id = v.id) AS areas
                FROM control_version v ORDER BY v.id DESC""")
                .query((rs, n) -> new ControlVersion(
                        rs.getLong("id"),
                        rs.getString("source_name"),
                        instant(rs, "imported_at"),
                        rs.getString("imported_by"),
                        rs.getString("note"),
                        rs.getObject("first_day", LocalDate.class),
                        rs.getObject("last_day", LocalDate.class),
                        rs.getInt("areas")))
                .list();
    }

    public long countVersions() {
        return jdbc.sql("SELECT COUNT(*) FROM control_version")
                .query(Long.class)
                .single();
    }

    /** The newest version whose days include {@code day}: a later import of the same days wins. */
    public Optional<Long> versionCovering(LocalDate day) {
        return jdbc.sql("""
                SELECT id FROM control_version WHERE first_day <= :d AND (last_day IS NULL OR last_day >= :d)
                ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""").param("d", day).query(Long.class).optional();
    }

    /** The areas of a version valid on a day. */
    public List<ControlArea> areasOn(long version, LocalDate day) {
        return jdbc.sql("SELECT " + AREA_COLUMNS + " FROM control_area WHERE version_id = :v AND valid_from <= :d "
                        + "AND (valid_to IS NULL OR valid_to >= :d) ORDER BY id")
                .param("v", version)
                .param("d", day)
                .query(ControlAreaRepository::area)
                .list();
    }

    /** The days each area of a version holds (geometry left out), for the days its snapshots change. */
    public List<ControlArea> areasOnAnyDay(long version) {
        return jdbc.sql("SELECT id, version_id, name, status, valid_from, valid_to, area_km2, approximate, note "
                        + "FROM control_area WHERE version_id = :v ORDER BY id")
                .param("v", version)
                .query((rs, n) -> new ControlArea(
                        rs.getLong("id"),
                        rs.getLong("version_id"),
                        rs.getString("name"),
                        ControlStatus.valueOf(rs.getString("status")),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class),
                        null,
                        rs.getDouble("area_km2"),
                        rs.getBoolean("approximate"),
                        rs.getString("note")))
                .list();
    }

    /** Every area of a version, with its geometry (a correction copies them into a new version). */
    public List<ControlArea> areasOf(long version) {
        return jdbc.sql("SELECT " + AREA_COLUMNS + " FROM control_area WHERE version_id = :v ORDER BY id")
                .param("v", version)
                .query(ControlAreaRepository::area)
                .list();
    }

    public Optional<ControlArea> area(long id) {
        return jdbc.sql("SELECT " + AREA_COLUMNS + " FROM control_area WHERE id = :id")
                .param("id", id)
                .query(ControlAreaRepository::area)
                .optional();
    }

    public List<String> auditOf(long version) {
        return jdbc.sql(
                        "SELECT action || ' by ' || changed_by || ': ' || detail FROM control_audit WHERE version_id = :v ORDER BY id")
                .param("v", version)
                .query(String.class)
                .list();
    }

    private static ControlArea area(ResultSet rs, int n) throws SQLException {
        Geometry g;
        try {
            g = new WKTReader().read(rs.getString("geometry_wkt"));
        } catch (ParseException e) {
            throw new IllegalStateException("stored geometry of control area " + rs.getLong("id") + " is not WKT", e);
        }
        return new ControlArea(
                rs.getLong("id"),
                rs.getLong("version_id"),
                rs.getString("name"),
                ControlStatus.valueOf(rs.getString("status")),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                g,
                rs.getDouble("area_km2"),
                rs.getBoolean("approximate"),
                rs.getString("note"));
    }

    private static OffsetDateTime at(Instant i) {
        return i.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
