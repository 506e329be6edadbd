package org.frontlineatlas.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.frontlineatlas.extraction.ArticleReader;
import org.frontlineatlas.extraction.ArticleText;
import org.frontlineatlas.extraction.EventQuote;
import org.frontlineatlas.extraction.ExtractedEvent;
import org.frontlineatlas.extraction.Geoparser;
import org.frontlineatlas.geojson.GeoJson;
import org.frontlineatlas.geojson.GeoJsonText;
import org.frontlineatlas.input.IsoDay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code extract [--published YYYY-MM-DD] FILE}: prints the events found in one article as a GeoJSON
 * FeatureCollection, without touching the database. Quotes are sentences of the cleaned text.
 */
@Command(name = "extract", description = "Print the dated geo-events of an article as GeoJSON (no database).")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "article: plain text, Markdown or HTML")
    Path file;

    @Option(
            names = "--published",
            paramLabel = "YYYY-MM-DD",
            description = "publication date (default: the date the text states)")
    String published;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        LocalDate editorsDate;
        try {
            editorsDate = IsoDay.parseOptional("--published", published, 1900, 2200);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        ArticleText article;
        try {
            article = ArticleText.parse(
                    ArticleReader.read(file), file.getFileName().toString());
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        LocalDate date = article.effectivePublished(editorsDate).orElse(null);
        if (date == null) {
            err.println("error: " + file + " states no publication date; pass --published YYYY-MM-DD");
            return 3;
        }
        List<ExtractedEvent> events = Geoparser.shared().extractor().extract(article, date);
        PrintWriter out = spec.commandLine().getOut();
        out.println(GeoJsonText.pretty(geoJson(events)));
        out.flush();
        return 0;
    }

    static Map<String, Object> geoJson(List<ExtractedEvent> events) {
        return GeoJson.featureCollection(events.stream()
                .map(e -> GeoJson.feature(
                        null, GeoJson.point(e.place().longitude(), e.place().latitude()), properties(e)))
                .toList());
    }

    private static Map<String, Object> properties(ExtractedEvent e) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("place", e.place().name());
        p.put("date", e.date().toString());
        if (!e.dateEnd().equals(e.date())) {
            p.put("dateEnd", e.dateEnd().toString());
        }
        p.put("datePrecision", e.precision().code());
        p.put("dateDefaulted", e.dateDefaulted());
        p.put("type", e.type().code());
        p.put("summary", e.summary());
        p.put("confidence", e.confidence());
        p.put("gazetteerId", e.place().id());
        p.put("geoPrecision", e.geoPrecision());
        p.put("quote", e.sources().get(0).quote());
        p.put("start", e.sources().get(0).start());
        p.put("end", e.sources().get(0).end());
        p.put("sources", e.sources().stream().map(ExtractCommand::source).toList());
        return p;
    }

    private static Map<String, Object> source(EventQuote q) {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("quote", q.quote());
        source.put("start", q.start());
        source.put("end", q.end());
        if (q.evidence() != null) {
            Map<String, Object> evidence = new LinkedHashMap<>();
            evidence.put("trigger", q.evidence().trigger());
            evidence.put("placeRule", q.evidence().placeRule().code());
            evidence.put("place", q.evidence().placeText());
            evidence.put("date", q.evidence().dateText());
            source.put("evidence", evidence);
        }
        return source;
    }
}
