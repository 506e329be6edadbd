package org.frontlineatlas.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;

/**
 * Reads the gazetteer's TSV files from the classpath (they ship in the jar under /gazetteer/).
 * Each file starts with a header row; columns are looked up by name so files may add columns.
 */
final class GazetteerData {

    static final String PLACES = "/gazetteer/places.tsv.gz";
    static final String SUPPLEMENT = "/gazetteer/supplement.tsv";
    static final String NON_PLACES = "/gazetteer/non-places.tsv";
    static final String COMMON_WORDS = "/gazetteer/common-words.tsv";
    static final String PERSON_CUES = "/gazetteer/person-cues.tsv";

    private GazetteerData() {}

    /** A row with named columns. */
    record Row(String[] header, String[] cells) {
        String get(String column) {
            for (int i = 0; i < header.length; i++) {
                if (header[i].equals(column)) {
                    return i < cells.length ? cells[i] : "";
                }
            }
            return "";
        }
    }

    static void read(String resource, Consumer<Row> sink) {
        InputStream raw = GazetteerData.class.getResourceAsStream(resource);
        if (raw == null) {
            return; // an optional file that is absent
        }
        try (InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            String headerLine = r.readLine();
            if (headerLine == null) {
                return;
            }
            String[] header = headerLine.split("\t", -1);
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                sink.accept(new Row(header, split(line)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer data " + resource, e);
        }
    }

    private static String[] split(String line) {
        List<String> out = new ArrayList<>(12);
        int from = 0;
        int tab;
        while ((tab = line.indexOf('\t', from)) >= 0) {
            out.add(line.substring(from, tab));
            from = tab + 1;
        }
        out.add(line.substring(from));
        return out.toArray(new String[0]);
    }

    /** Splits a {@code |}-separated list, ignoring empty items. */
    static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        if (cell == null || cell.isEmpty()) {
            return out;
        }
        int from = 0;
        int bar;
        while ((bar = cell.indexOf('|', from)) >= 0) {
            if (bar > from) {
                out.add(cell.substring(from, bar));
            }
            from = bar + 1;
        }
        if (from < cell.length()) {
            out.add(cell.substring(from));
        }
        return out;
    }
}
