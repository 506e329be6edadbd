package org.frontlineatlas.gazetteer;

/**
 * One gazetteer entry. Rivers and other long features carry a representative point here; their
 * course is available from {@link Gazetteer#line(String)}.
 *
 * @param id          stable identifier, e.g. {@code geonames:706483} or {@code atlas:azovstal}
 * @param countryCode ISO 3166-1 alpha-2, may be empty
 * @param admin1      name of the region the place lies in, may be empty
 */
public record Place(
        String id,
        String name,
        PlaceKind kind,
        double latitude,
        double longitude,
        String countryCode,
        String admin1,
        long population) {}
