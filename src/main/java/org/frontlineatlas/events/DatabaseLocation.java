package org.frontlineatlas.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the H2 file database lives. H2 refuses paths that are implicitly relative, and a path we
 * cannot write should fail at start-up with one clear line, not deep inside the connection pool.
 */
public final class DatabaseLocation {

    public static final String DEFAULT_PATH = "./data/atlas";

    private DatabaseLocation() {}

    /** The absolute path of the database (without H2's .mv.db suffix), its folder created and writable. */
    public static Path prepare(String configured) {
        String text = configured == null || configured.isBlank() ? DEFAULT_PATH : configured.strip();
        Path path = Path.of(text).toAbsolutePath().normalize();
        Path folder = path.getParent();
        try {
            Files.createDirectories(folder);
        } catch (IOException | SecurityException e) {
            throw new IllegalStateException("cannot create database folder " + folder + " (" + reason(e) + ")");
        }
        if (!Files.isWritable(folder)) {
            throw new IllegalStateException("database folder " + folder + " is not writable");
        }
        Path file = Path.of(path + ".mv.db");
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new IllegalStateException("database file " + file + " is not writable");
        }
        return path;
    }

    /**
     * H2's page cache in KB. Its default (16 MB) holds a fifth of a 100,000-event database (75 MB), so
     * readers scrubbing through random windows kept evicting pages and queued on the cache's lock
     * (LoadBench, JFR); 64 MB keeps the hot part of the table and the window index in memory.
     */
    static final int CACHE_KB = 64 * 1024;

    /**
     * WRITE_DELAY=0: H2 otherwise keeps committed transactions in memory for up to a second before
     * writing them to the file, and a killed process (SIGKILL, the OOM killer) loses writes it has
     * already acknowledged. With 0 each commit reaches the operating system before the call returns;
     * H2 does not promise to fsync each commit, so an operating-system crash or power cut can still lose the
     * last moments. CrashRecoveryIT kills the app mid-stream to hold the process-kill case.
     */
    public static String jdbcUrl(Path prepared) {
        return "jdbc:h2:file:" + prepared + ";DB_CLOSE_ON_EXIT=FALSE;CACHE_SIZE=" + CACHE_KB + ";WRITE_DELAY=0";
    }

    private static String reason(Exception e) {
        return e.getMessage() == null
                ? e.getClass().getSimpleName()
                : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
