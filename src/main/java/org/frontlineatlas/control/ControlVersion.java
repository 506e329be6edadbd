package org.frontlineatlas.control;

import java.time.Instant;
import java.time.LocalDate;

/** One import of areas: where they came from, who imported them and when, the days they cover. */
public record ControlVersion(
        long id,
        String sourceName,
        Instant importedAt,
        String importedBy,
        String note,
        LocalDate firstDay,
        LocalDate lastDay,
        int areas) {}
