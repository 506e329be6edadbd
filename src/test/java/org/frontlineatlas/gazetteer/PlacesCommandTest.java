package org.frontlineatlas.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.frontlineatlas.cli.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code places} command as a user runs it: GeoJSON out, or one clear line for bad input. */
class PlacesCommandTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    static synchronized Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Cli.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void printsAFeatureCollectionWithOffsetsIntoTheText() throws IOException {
        Path f = dir.resolve("a.txt");
        // an emoji before the names: offsets count characters (code points), not UTF-16 units
        String text = "\uD83D\uDCA5 Shelling hit Kharkiv’s outskirts and the Kherson region.\n";
        Files.writeString(f, text);
        Run r = run("places", "--published", "2024-05-14", f.toString());
        assertEquals(0, r.exit(), r.err());
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertEquals("FeatureCollection", json.get("type").asText());
        JsonNode features = json.get("features");
        assertEquals(2, features.size(), r.out());
        JsonNode kharkiv = features.get(0);
        assertEquals("Point", kharkiv.at("/geometry/type").asText());
        assertEquals(36.25, kharkiv.at("/geometry/coordinates/0").asDouble(), 0.1, "longitude first");
        assertEquals(49.98, kharkiv.at("/geometry/coordinates/1").asDouble(), 0.1);
        JsonNode p = kharkiv.get("properties");
        assertEquals("Kharkiv", p.get("name").asText());
        assertEquals("Kharkiv", p.get("text").asText());
        assertEquals("settlement", p.get("kind").asText());
        assertEquals("geonames:706483", p.get("gazetteerId").asText());
        int[] cps = text.codePoints().toArray();
        assertEquals(
                "Kharkiv",
                new String(
                        cps,
                        p.get("start").asInt(),
                        p.get("end").asInt() - p.get("start").asInt()));
        JsonNode kherson = features.get(1).get("properties");
        assertEquals("Kherson region", kherson.get("text").asText());
        assertEquals("region", kherson.get("kind").asText());
    }

    @Test
    void emptyBinaryHugeMissingAndBadDateAreRefusedWithOneLine() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        Path binary = Files.write(dir.resolve("bin.dat"), new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {'K', 'y', 'i', 'v', (byte) 0xE9, '\n'});
        Path huge = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(huge.toFile(), "rw")) {
            raf.setLength(50L * 1024 * 1024); // sparse: 50 MB without writing them
        }
        Path ok = Files.writeString(dir.resolve("ok.txt"), "Kyiv");
        assertRefused(run("places", empty.toString()), "empty");
        assertRefused(run("places", binary.toString()), "binary");
        assertRefused(run("places", latin1.toString()), "UTF-8");
        assertRefused(run("places", huge.toString()), "too large");
        assertRefused(run("places", dir.resolve("missing.txt").toString()), "no such file");
        assertRefused(run("places", "--published", "2024-02-30", ok.toString()), "must be a date as YYYY-MM-DD");
        assertRefused(run("places", "--published", "14/05/2024", ok.toString()), "must be a date as YYYY-MM-DD");
    }

    private static void assertRefused(Run r, String reason) {
        assertNotEquals(0, r.exit(), reason);
        String err = r.err().strip();
        assertFalse(err.contains("\n"), "one line: " + err);
        assertTrue(err.contains(reason), err);
        assertFalse(err.contains("Exception") || err.contains("\tat "), "no stack trace: " + err);
        assertTrue(r.out().isEmpty(), "nothing on stdout");
    }
}
