package org.frontlineatlas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps files small enough to read in one sitting (issue 16): no Java file over 400 lines, no
 * hand-written TypeScript file over 300. Generated frontend code is not ours to cut.
 */
class SourceSizeTest {

    @Test
    void noJavaFileIsOver400Lines() throws IOException {
        assertThat(longerThan(Path.of("src"), ".java", 400)).isEmpty();
    }

    @Test
    void noTypeScriptFileIsOver300Lines() throws IOException {
        assertThat(longerThan(Path.of("frontend"), ".ts", 300)).isEmpty();
    }

    @Test
    void theCheckSeesAFileThatIsTooLong() throws IOException {
        Path dir = Files.createTempDirectory("source-size");
        Files.writeString(dir.resolve("Long.java"), "x\n".repeat(401));
        Files.writeString(dir.resolve("Short.java"), "x\n".repeat(400));
        assertThat(longerThan(dir, ".java", 400)).containsExactly(dir.resolve("Long.java") + ": 401 lines");
    }

    private static List<String> longerThan(Path root, String suffix, int limit) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(suffix))
                    .filter(p -> !p.toString().contains("generated"))
                    .sorted()
                    .flatMap(p -> {
                        long n = lines(p);
                        return n > limit ? Stream.of(p + ": " + n + " lines") : Stream.empty();
                    })
                    .toList();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
