package org.frontlineatlas.control;

import java.time.LocalDate;
import org.locationtech.jts.geom.Geometry;

/**
 * One area of control: a polygon or multipolygon in lon/lat with its status and the days it holds
 * (validTo null: still valid). {@code id} and {@code versionId} are 0 before it is stored.
 */
public record ControlArea(
        long id,
        long versionId,
        String name,
        ControlStatus status,
        LocalDate validFrom,
        LocalDate validTo,
        Geometry geometry,
        double areaKm2,
        boolean approximate,
        String note) {

    /** An area read from an import, not yet stored; its km² computed here. */
    public static ControlArea draft(
            String name,
            ControlStatus status,
            LocalDate validFrom,
            LocalDate validTo,
            Geometry geometry,
            boolean approximate,
            String note) {
        return new ControlArea(
                0, 0, name, status, validFrom, validTo, geometry, EqualAreaProjection.km2(geometry), approximate, note);
    }

    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
}
