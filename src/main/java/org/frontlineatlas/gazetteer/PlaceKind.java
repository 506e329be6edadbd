package org.frontlineatlas.gazetteer;

import java.util.Locale;

/** What sort of feature a gazetteer entry is; {@link #code()} is the GeoJSON {@code kind}. */
public enum PlaceKind {
    COUNTRY,
    /** Oblast, admin-1 unit, or an informal region such as Donbas or Crimea. */
    REGION,
    /** Second-level unit: a Russian district (raion) or a Ukrainian raion, e.g. Sudzhansky District. */
    DISTRICT,
    SETTLEMENT,
    RIVER,
    SEA,
    ISLAND,
    FACILITY,
    OTHER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PlaceKind fromCode(String code) {
        return valueOf(code.trim().toUpperCase(Locale.ROOT));
    }
}
