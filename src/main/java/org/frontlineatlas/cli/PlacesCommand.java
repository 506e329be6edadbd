package org.frontlineatlas.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.frontlineatlas.extraction.ArticleReader;
import org.frontlineatlas.extraction.Geoparser;
import org.frontlineatlas.extraction.InvalidArticleException;
import org.frontlineatlas.gazetteer.PlaceMention;
import org.frontlineatlas.geojson.GeoJson;
import org.frontlineatlas.geojson.GeoJsonText;
import org.frontlineatlas.input.IsoDay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code places [--published YYYY-MM-DD] FILE}: every resolved place mention of an article as a
 * GeoJSON FeatureCollection (DESIGN.md). Offsets {@code start}/{@code end} count characters (Unicode
 * code points) of the file's UTF-8 text as read, a leading byte-order mark excluded.
 */
@Command(
        name = "places",
        mixinStandardHelpOptions = true,
        description = "Print the places an article names, as GeoJSON")
public final class PlacesCommand implements Callable<Integer> {

    @Option(
            names = "--published",
            paramLabel = "YYYY-MM-DD",
            description = "Publication date of the article (checked; place recognition does not depend on it)")
    String published;

    @Parameters(paramLabel = "FILE", description = "Article text, UTF-8")
    Path file;

    @Override
    public Integer call() throws IOException {
        if (published != null) {
            parseDate(published);
        }
        String text = readArticle(file);
        List<PlaceMention> mentions = Geoparser.shared().tagger().tag(text);
        PrintStream out = System.out;
        writeGeoJson(text, mentions, out);
        out.flush();
        return 0;
    }

    static LocalDate parseDate(String s) {
        try {
            return IsoDay.parse("--published", s, 1900, 2200);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** Reads an article file, refusing what is not one: missing, empty, binary, too large. */
    public static String readArticle(Path file) {
        try {
            return ArticleReader.read(file);
        } catch (InvalidArticleException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    static void writeGeoJson(String text, List<PlaceMention> mentions, OutputStream out) throws IOException {
        List<Map<String, Object>> features = new ArrayList<>(mentions.size());
        // Offsets in code points; counted incrementally since mentions come in text order.
        int charPos = 0;
        int cpPos = 0;
        for (PlaceMention m : mentions) {
            int start = cpPos + text.codePointCount(charPos, m.start());
            int end = start + text.codePointCount(m.start(), m.end());
            charPos = m.end();
            cpPos = end;
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("name", m.place().name());
            p.put("text", m.text());
            p.put("start", start);
            p.put("end", end);
            p.put("kind", m.place().kind().code());
            p.put("gazetteerId", m.place().id());
            p.put("countryCode", m.place().countryCode());
            p.put("confidence", Math.round(m.confidence() * 100) / 100.0);
            features.add(GeoJson.feature(
                    null, GeoJson.point(m.place().longitude(), m.place().latitude()), p));
        }
        out.write(GeoJsonText.pretty(GeoJson.featureCollection(features)).getBytes(StandardCharsets.UTF_8));
        out.write('\n');
    }

    /** Input the command refuses; the CLI prints its message as one line, without a stack trace. */
    public static final class BadInputException extends RuntimeException {
        public BadInputException(String message) {
            super(message);
        }
    }
}
