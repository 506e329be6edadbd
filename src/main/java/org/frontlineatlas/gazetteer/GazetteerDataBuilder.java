package org.frontlineatlas.gazetteer;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;

/**
 * Second step of gazetteer/regenerate.sh: adds the press's Latin spellings of every Cyrillic name
 * (ICU4J, see {@link CyrillicTransliterator}) to the rows extract.mjs produced, drops spellings
 * that fold to the same key, and writes places.tsv.gz. With a word list it also writes the
 * one-word place names that are ordinary English words (common-words.tsv).
 *
 * <p>Usage: {@code GazetteerDataBuilder RAW.tsv OUT/places.tsv.gz [WORDS OUT/common-words.tsv]}
 */
public final class GazetteerDataBuilder {

    private GazetteerDataBuilder() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 4) {
            System.err.println("usage: GazetteerDataBuilder RAW.tsv places.tsv.gz [WORDS common-words.tsv]");
            System.exit(2);
        }
        Set<String> singleWordNames = new HashSet<>();
        int rows = 0;
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
                Writer out = new BufferedWriter(new OutputStreamWriter(
                        new GZIPOutputStream(Files.newOutputStream(Path.of(args[1]))), StandardCharsets.UTF_8))) {
            String[] header = in.readLine().split("\t", -1);
            out.write(String.join("\t", header) + "\n");
            int namesCol = List.of(header).indexOf("names");
            int nameCol = List.of(header).indexOf("name");
            String line;
            while ((line = in.readLine()) != null) {
                String[] c = line.split("\t", -1);
                c[namesCol] = String.join("|", spellings(c[nameCol], GazetteerData.list(c[namesCol])));
                out.write(String.join("\t", c));
                out.write('\n');
                rows++;
                collectSingleWords(c[nameCol], singleWordNames);
                for (String n : GazetteerData.list(c[namesCol])) {
                    collectSingleWords(n, singleWordNames);
                }
            }
        }
        System.err.println("places: " + rows + " rows -> " + args[1]);
        if (args.length == 4) {
            writeCommonWords(Path.of(args[2]), singleWordNames, Path.of(args[3]));
        }
    }

    /** The given names plus the Latin spellings of the Cyrillic ones, one per folded key. */
    static List<String> spellings(String primary, List<String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        byKey.put(NameNormalizer.key(primary), primary);
        List<String> all = new ArrayList<>(names);
        for (String n : names) {
            if (CyrillicTransliterator.hasCyrillic(n)) {
                for (String latin : CyrillicTransliterator.latinSpellings(n)) {
                    all.add(capitalise(latin));
                }
            }
        }
        for (String n : all) {
            String key = NameNormalizer.key(n);
            if (!key.isEmpty()) {
                byKey.putIfAbsent(key, n);
            }
        }
        byKey.remove(NameNormalizer.key(primary));
        return new ArrayList<>(byKey.values());
    }

    private static String capitalise(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean up = true;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            sb.append(up ? Character.toUpperCase(ch) : ch);
            up = ch == ' ' || ch == '-';
        }
        return sb.toString();
    }

    private static void collectSingleWords(String name, Set<String> sink) {
        List<String> t = NameNormalizer.tokens(name);
        if (t.size() == 1) {
            sink.add(t.get(0));
        }
    }

    /** Lower-case dictionary words ("police", "split", "turkey") that are also one-word place names. */
    private static void writeCommonWords(Path dictionary, Set<String> names, Path out) throws IOException {
        Set<String> common = new TreeSet<>();
        for (String w : Files.readAllLines(dictionary, StandardCharsets.UTF_8)) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0)) && !w.contains("'") && names.contains(w)) {
                common.add(w);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add("word");
        lines.addAll(common);
        Files.write(out, lines, StandardCharsets.UTF_8);
        System.err.println("common words: " + common.size() + " -> " + out);
    }
}
