package org.frontlineatlas.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.frontlineatlas.extraction.ArticleReader;
import org.frontlineatlas.extraction.ArticleText;
import org.frontlineatlas.extraction.EventExtractor;
import org.frontlineatlas.extraction.ExtractedEvent;
import org.frontlineatlas.extraction.Geoparser;
import org.frontlineatlas.gazetteer.Geo;
import org.frontlineatlas.gazetteer.PlaceMention;
import org.frontlineatlas.gazetteer.PlaceTagger;

/**
 * Scores the tagger and the extractor against gold articles exactly as the README of the dev set
 * says: toponyms by written text and point, events one-to-one by distance (a candidate whose date
 * fits preferred), date accuracy over matched events, metonym pins near a must-not-pin mention.
 * It runs the same pipeline as the {@code places} and {@code extract} commands.
 */
public final class DevSetScorer {

    /** An unmatched pin this close to a must-not-pin mention is a metonym pin. */
    static final double METONYM_KM = 25;

    private final PlaceTagger tagger;
    private final EventExtractor extractor;

    public DevSetScorer(Geoparser parser) {
        this.tagger = parser.tagger();
        this.extractor = parser.extractor();
    }

    public EvalReport score(List<GoldArticle> articles) {
        EvalReport.Builder report = new EvalReport.Builder(articles.size());
        for (GoldArticle gold : articles) {
            String raw = ArticleReader.read(gold.text());
            ArticleText article =
                    ArticleText.parse(raw, gold.text().getFileName().toString());
            EventExtractor.Extraction found = extractor.extractWithPlaces(article, gold.published());
            // Toponyms are scored on the text as written: the extraction's own mentions when cleaning left it so.
            scoreToponyms(gold, article.text().equals(raw) ? found.places() : tagger.tag(raw), report);
            scoreEvents(gold, found.events(), report);
        }
        return report.build();
    }

    static void scoreToponyms(GoldArticle gold, List<PlaceMention> mentions, EvalReport.Builder report) {
        Map<String, PlaceMention> byText = new LinkedHashMap<>();
        for (PlaceMention m : mentions) {
            byText.putIfAbsent(m.text().toLowerCase(Locale.ROOT), m); // one per distinct written text
        }
        Set<GoldArticle.Toponym> found = new HashSet<>();
        for (PlaceMention m : byText.values()) {
            GoldArticle.Toponym hit = null;
            for (GoldArticle.Toponym t : gold.toponyms()) {
                if (sameName(t.text(), m.text())
                        && Geo.km(
                                        t.lat(),
                                        t.lon(),
                                        m.place().latitude(),
                                        m.place().longitude())
                                <= t.toleranceKm()
                        && (hit == null || betterHit(t, hit, m.text(), found))) {
                    hit = t;
                }
            }
            if (hit == null) {
                report.toponymFalsePositive(gold.name() + ": " + m.text() + " -> "
                        + m.place().name() + " (" + m.place().countryCode() + ")");
            } else {
                // Mentions are one per text whatever its case, so "KYIV" in a caption and "Kyiv" are one name found.
                for (GoldArticle.Toponym t : gold.toponyms()) {
                    if (t.equals(hit)
                            || (t.text().equalsIgnoreCase(hit.text())
                                    && t.lat() == hit.lat()
                                    && t.lon() == hit.lon())) {
                        found.add(t);
                    }
                }
                report.toponymTruePositive();
            }
        }
        for (GoldArticle.Toponym t : gold.toponyms()) {
            if (!found.contains(t)) {
                report.toponymFalseNegative(gold.name() + ": " + t.text());
            }
        }
    }

    /** The gold toponym a mention credits: one not yet found, then one written exactly as the mention. */
    private static boolean betterHit(
            GoldArticle.Toponym candidate,
            GoldArticle.Toponym current,
            String written,
            Set<GoldArticle.Toponym> found) {
        boolean candidateFree = !found.contains(candidate);
        if (candidateFree != !found.contains(current)) {
            return candidateFree;
        }
        return candidate.text().equalsIgnoreCase(written) && !current.text().equalsIgnoreCase(written);
    }

    /** "Donetsk" and "Donetsk region" name one thing: gold may note either, as the README allows. */
    static boolean sameName(String gold, String written) {
        // "Zaporizhzhia and Kherson regions" yields the mention "Kherson regions": one region, plural only by grammar.
        String g = gold.toLowerCase(Locale.ROOT).replaceAll("\\b(region|oblast|province)s$", "$1");
        String w = written.toLowerCase(Locale.ROOT).replaceAll("\\b(region|oblast|province)s$", "$1");
        return g.equals(w) || w.startsWith(g + " ") || g.startsWith(w + " ");
    }

    static void scoreEvents(GoldArticle gold, List<ExtractedEvent> extracted, EvalReport.Builder report) {
        List<ExtractedEvent> left = new ArrayList<>(extracted);
        for (GoldArticle.Event g : gold.events()) {
            // Within tolerance: a pin whose date fits first, then the nearest.
            ExtractedEvent best = null;
            double bestKm = Double.MAX_VALUE;
            for (ExtractedEvent e : left) {
                double km =
                        Geo.km(g.lat(), g.lon(), e.place().latitude(), e.place().longitude());
                if (km > g.toleranceKm()) {
                    continue;
                }
                boolean fits = g.dateFits(e.date());
                boolean bestFits = best != null && g.dateFits(best.date());
                if (best == null || (fits && !bestFits) || (fits == bestFits && km < bestKm)) {
                    best = e;
                    bestKm = km;
                }
            }
            if (best == null) {
                report.eventFalseNegative(gold.name() + ": " + g.place() + " " + g.from());
                continue;
            }
            left.remove(best);
            report.eventMatched(
                    g.dateFits(best.date()),
                    gold.name() + ": " + g.place() + " gold " + g.from() + ".." + g.to() + " got " + best.date());
        }
        for (ExtractedEvent e : left) {
            boolean metonym = gold.notPinned().stream()
                    .anyMatch(n -> Geo.km(
                                    n.lat(),
                                    n.lon(),
                                    e.place().latitude(),
                                    e.place().longitude())
                            <= METONYM_KM);
            report.eventFalsePositive(
                    metonym,
                    gold.name() + ": " + e.place().name() + " " + e.date() + " "
                            + e.type().code() + " | " + e.sources().get(0).quote());
        }
    }
}
