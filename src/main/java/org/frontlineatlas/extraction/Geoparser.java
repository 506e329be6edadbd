package org.frontlineatlas.extraction;

import java.util.Objects;
import org.frontlineatlas.gazetteer.Gazetteer;
import org.frontlineatlas.gazetteer.PlaceTagger;

/**
 * The one place that wires gazetteer → tagger → extractor (as CLAVIN's GeoParserFactory does), for
 * the command line, ingest, the editor, the benches and the evaluation alike. Use
 * {@link EventExtractor#extractWithPlaces} when the places are wanted too: it hands back the
 * tagger's mentions, so no article is tagged twice.
 */
public final class Geoparser {

    private static volatile Geoparser shared;

    private final Gazetteer gazetteer;
    private final PlaceTagger tagger;
    private final EventExtractor extractor;

    private Geoparser(Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.tagger = new PlaceTagger(gazetteer);
        this.extractor = new EventExtractor(tagger);
    }

    /**
     * The bundled gazetteer's pipeline, built on first use (the gazetteer takes seconds to load) and
     * shared: the tagger and the extractor are thread-safe.
     */
    public static Geoparser shared() {
        Geoparser g = shared;
        if (g == null) {
            synchronized (Geoparser.class) {
                g = shared;
                if (g == null) {
                    g = new Geoparser(Gazetteer.loadDefault());
                    shared = g;
                }
            }
        }
        return g;
    }

    /** A pipeline over another gazetteer (a fresh or sampled one, for benchmarks). */
    public static Geoparser over(Gazetteer gazetteer) {
        return new Geoparser(gazetteer);
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    public PlaceTagger tagger() {
        return tagger;
    }

    public EventExtractor extractor() {
        return extractor;
    }
}
