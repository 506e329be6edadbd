package org.frontlineatlas.control;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import org.frontlineatlas.input.ImportRejectedException;
import org.frontlineatlas.input.Utf8Text;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An editor's import of areas of control (GeoJSON or KML): the file is checked whole (text, size,
 * every feature) before one row is written, then stored as a new version with its audit row in one
 * transaction, so a refused file leaves nothing behind.
 */
@Service
public class ControlImport {

    static final int MAX_AREAS = 5_000;

    private final ControlAreaRepository repository;
    private final TransactionTemplate tx;
    private final Clock clock;

    @Autowired
    public ControlImport(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this(new ControlAreaRepository(jdbc), new TransactionTemplate(transactions), Clock.systemUTC());
    }

    ControlImport(ControlAreaRepository repository, TransactionTemplate tx, Clock clock) {
        this.repository = repository;
        this.tx = tx;
        this.clock = clock;
    }

    /** What an import stored. */
    public record Result(long version, int areas, double km2) {}

    /**
     * Reads {@code bytes} as GeoJSON or KML (by the file name's ending, else by its first character),
     * stores it as a version from {@code source}. Bad input: an IllegalArgumentException (an
     * ImportRejectedException listing every feature's problem).
     */
    public Result importFile(String fileName, byte[] bytes, String source, String note, String user) {
        String name = fileName == null || fileName.isBlank() ? "the file" : fileName.strip();
        List<ControlArea> areas = read(name, bytes);
        String src = source == null || source.isBlank() ? name : source.strip();
        if (src.length() > 200) {
            throw new IllegalArgumentException("the source name is longer than 200 characters");
        }
        long version = tx.execute(s -> repository.insertVersion(
                src,
                note == null || note.isBlank() ? null : ControlAreaRepository.clip(note.strip(), 1000),
                user,
                clock.instant(),
                areas));
        return new Result(
                version,
                areas.size(),
                areas.stream().mapToDouble(ControlArea::areaKm2).sum());
    }

    static List<ControlArea> read(String name, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException(name + " is empty");
        }
        String text = Utf8Text.decode(bytes, name);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".kmz")) {
            throw new IllegalArgumentException(name + " is KMZ (zipped KML): unzip it and import the .kml inside");
        }
        boolean kml = lower.endsWith(".kml")
                || (!lower.endsWith(".geojson")
                        && !lower.endsWith(".json")
                        && text.stripLeading().startsWith("<"));
        return kml ? new KmlControlReader().read(text) : new GeoJsonControlReader().read(text);
    }

    static void checkCount(int n) {
        if (n == 0) {
            throw new ImportRejectedException(List.of("the file has no features"));
        }
        if (n > MAX_AREAS) {
            throw new ImportRejectedException(List.of(n + " features; one import takes at most " + MAX_AREAS));
        }
    }

    static List<ControlArea> checked(List<ControlArea> areas, List<String> problems) {
        if (!problems.isEmpty()) {
            throw new ImportRejectedException(problems);
        }
        return areas;
    }
}
