package org.frontlineatlas.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The jar extracted ({@code -Djarmode=tools extract}) plus a class-data archive of the classes one
 * start loads (JDK 17's dynamic CDS, {@code -XX:ArchiveClassesAtExit}): later starts map those
 * classes instead of reading, verifying and parsing them again. An archive only fits the jar it was
 * made from; a JVM given one that does not fit says so and starts without it.
 */
record ClassDataArchive(Path jar, Path archive) {

    static final String ARCHIVE_NAME = "atlas.jsa";

    List<String> javaOptions() {
        return List.of("-XX:SharedArchiveFile=" + archive);
    }

    /** Extracts {@code packaged} into {@code dir} and makes the archive with one training start. */
    static ClassDataArchive prepare(Path packaged, Path dir) {
        Path jar = dir.resolve(packaged.getFileName());
        Path archive = dir.resolve(ARCHIVE_NAME);
        run(List.of(
                StartupBench.javaBinary(),
                "-Djarmode=tools",
                "-jar",
                packaged.toString(),
                "extract",
                "--destination",
                dir.toString()));
        // The training start goes as far as a reader's first answer (demo data loaded on a fresh
        // file), so the archive holds those classes too; the archive is written as the JVM exits.
        StartupBench.startOnce(
                new StartupBench.Launch("training", List.of("-XX:ArchiveClassesAtExit=" + archive), jar),
                dir.resolve("training"));
        StartupBench.deleteTree(dir.resolve("training"));
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("the training start wrote no class-data archive at " + archive);
        }
        return new ClassDataArchive(jar, archive);
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("failed: " + String.join(" ", command));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
