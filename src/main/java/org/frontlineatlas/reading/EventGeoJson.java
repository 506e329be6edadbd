package org.frontlineatlas.reading;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.geojson.GeoJson;
import org.springframework.http.MediaType;

/** GeoJSON (RFC 7946) for events: Point geometry as [lon, lat], ACLED-like properties. */
public final class EventGeoJson {

    public static final MediaType GEO_JSON = MediaType.parseMediaType(GeoJson.MEDIA_TYPE);

    private EventGeoJson() {}

    public static Map<String, Object> featureCollection(List<GeoEvent> events) {
        return GeoJson.featureCollection(
                events.stream().map(EventGeoJson::feature).toList());
    }

    public static Map<String, Object> feature(GeoEvent e) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("id", e.id());
        props.put("date", e.date().toString());
        props.put("dateEnd", e.dateEnd().toString());
        props.put("datePrecision", e.datePrecision().code());
        props.put("place", e.placeName());
        props.put("gazetteerId", e.gazetteerId());
        props.put("geoPrecision", e.geoPrecision());
        props.put("type", e.type().code());
        props.put("summary", e.summary());
        props.put("confidence", e.confidence());
        props.put("source", e.sourceName());
        props.put("sourceUrl", e.sourceUrl());
        props.put("origin", e.origin().name().toLowerCase(Locale.ROOT));
        return GeoJson.feature(e.id(), GeoJson.point(e.longitude(), e.latitude()), props);
    }
}
