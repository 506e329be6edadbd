package org.frontlineatlas.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Loads the dev set's articles ({@code NNN-slug.txt} + {@code .json}) and the seeds' gold ({@code file} names the seed). */
public final class DevSet {

    private DevSet() {}

    /** The pairs in {@code dir}, in name order; a gold file without its text is an error. */
    public static List<GoldArticle> articles(Path dir) {
        List<GoldArticle> out = new ArrayList<>();
        for (Path json : jsonFiles(dir)) {
            Path text = json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", ".txt"));
            if (!Files.isRegularFile(text)) {
                throw new IllegalArgumentException(json + " has no article " + text.getFileName());
            }
            out.add(GoldArticle.read(json, text));
        }
        return out;
    }

    /** Gold files in {@code goldDir} whose {@code file} is a seed article in {@code seedsDir}. */
    public static List<GoldArticle> seeds(Path goldDir, Path seedsDir) {
        List<GoldArticle> out = new ArrayList<>();
        for (Path json : jsonFiles(goldDir)) {
            String file;
            try {
                file = new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(json.toFile())
                        .path("file")
                        .asText("");
            } catch (IOException e) {
                throw new IllegalArgumentException(json + " is not valid JSON: " + e.getMessage(), e);
            }
            Path text = seedsDir.resolve(file);
            if (file.isEmpty() || !Files.isRegularFile(text)) {
                throw new IllegalArgumentException(json + ": seed article '" + file + "' not found in " + seedsDir);
            }
            out.add(GoldArticle.read(json, text));
        }
        return out;
    }

    private static List<Path> jsonFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a folder");
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
