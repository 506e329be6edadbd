package org.frontlineatlas.reading;

import org.frontlineatlas.events.EventQuery;

/**
 * "Count the window's events per grid cell for a map at this zoom." The cell is a square in degrees
 * that halves with every zoom level: about {@value #CELL_PIXELS} screen pixels wide on a Web Mercator
 * map (256-pixel tiles), i.e. a few cells across a city at zoom 10 and about one degree at zoom 6.
 */
public record GridQuery(EventQuery window, int zoom) {

    public static final int MIN_ZOOM = 0;
    public static final int MAX_ZOOM = 18;
    /** Roughly how wide a cell is drawn, in pixels: big enough for a labelled circle. */
    static final int CELL_PIXELS = 48;

    public GridQuery {
        if (window == null) {
            throw new IllegalArgumentException("a time window is required");
        }
        if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
            throw new IllegalArgumentException("zoom must be between " + MIN_ZOOM + " and " + MAX_ZOOM);
        }
    }

    /** 360° spread over 2^zoom tiles of 256 px, times the pixels of one cell. */
    public double cellDegrees() {
        return 360.0 / (1L << zoom) * CELL_PIXELS / 256.0;
    }
}
