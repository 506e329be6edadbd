package org.frontlineatlas.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.frontlineatlas.cluster.PostgresChangeRelay;
import org.frontlineatlas.events.Database;
import org.frontlineatlas.events.EventChangeBroadcaster;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.extraction.ArticleReader;
import org.frontlineatlas.extraction.Geoparser;
import org.frontlineatlas.ingest.ArticleIngestor;
import org.frontlineatlas.ingest.ArticleSubmission;
import org.frontlineatlas.ingest.BatchImport;
import org.frontlineatlas.input.IsoDay;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code import [--published D] [--publish] DIR|FILE...}: stores articles and the events found in
 * them in the configured database. Each article is all or nothing; a bad file is reported on one
 * line and the others still go in; the exit code says whether any failed.
 */
@Command(name = "import", description = "Store articles and their events in the database (PROPOSED unless --publish).")
public class ImportCommand implements Callable<Integer> {

    private static final List<String> ARTICLE_FILES = List.of(".txt", ".md", ".markdown", ".html", ".htm");

    @Parameters(
            arity = "1..*",
            paramLabel = "DIR|FILE",
            description = "articles, or folders of .txt/.md/.html articles")
    List<Path> inputs;

    @Option(
            names = "--published",
            paramLabel = "YYYY-MM-DD",
            description = "publication date for articles that state none")
    String published;

    @Option(names = "--publisher", description = "who published the articles")
    String publisher;

    @Option(names = "--source-url", description = "where the article was published (http or https)")
    String sourceUrl;

    @Option(names = "--publish", description = "publish the events at once instead of proposing them for review")
    boolean publish;

    @Option(
            names = "--db",
            paramLabel = "PATH",
            description = "H2 database path (default: $ATLAS_DB_PATH or ./data/atlas)")
    String db;

    @Option(
            names = "--db-url",
            paramLabel = "JDBC-URL",
            description = "a shared database instead, e.g. jdbc:postgresql://host:5432/atlas;"
                    + " account from --db-user and $ATLAS_DB_PASSWORD")
    String dbUrl;

    @Option(
            names = "--db-user",
            paramLabel = "NAME",
            defaultValue = "${env:ATLAS_DB_USER:-atlas}",
            description = "account for --db-url (default: $ATLAS_DB_USER or atlas)")
    String dbUser;

    /** Never an option: a password on the command line is readable by every user of the machine (ps). */
    @Option(
            names = "--db-password-from",
            hidden = true,
            defaultValue = "${sys:atlas.db.password:-${env:ATLAS_DB_PASSWORD:-}}")
    String dbPassword;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        LocalDate date;
        try {
            date = IsoDay.parseOptional("--published", published, 1900, 2200);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        List<Path> files;
        try {
            files = articleFiles(inputs);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        if (files.isEmpty()) {
            err.println("error: no .txt, .md or .html articles in " + inputs);
            return 2;
        }
        if (db != null && dbUrl != null) {
            err.println("error: give --db (an H2 file) or --db-url (a shared database), not both");
            return 2;
        }
        try (HikariDataSource ds = open()) {
            var ingestor = new ArticleIngestor(Geoparser.shared().extractor(), EventService.on(ds));
            int code = importAll(ingestor, files, date, err);
            tellRunningInstances(ds);
            return code;
        } catch (RuntimeException e) {
            // A path that cannot be written, a server that cannot be reached, a refused account: one line.
            err.println("error: cannot open the database: " + rootMessage(e));
            return 2;
        }
    }

    /**
     * App instances on the shared database cache their answers and redraw readers' maps on changes:
     * tell them, as they tell each other (a running app on an H2 file locks it, so none runs there).
     */
    private void tellRunningInstances(HikariDataSource ds) {
        if (dbUrl != null && dbUrl.startsWith("jdbc:postgresql:")) {
            PostgresChangeRelay.announce(
                    JdbcClient.create(ds), "import-command", new EventChangeBroadcaster.Change(0, "import"));
        }
    }

    private HikariDataSource open() {
        if (dbUrl != null) {
            return Database.open(dbUrl, dbUser, dbPassword);
        }
        return Database.openFile(db != null ? db : System.getenv().getOrDefault("ATLAS_DB_PATH", "./data/atlas"));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private int importAll(ArticleIngestor ingestor, List<Path> files, LocalDate date, PrintWriter err) {
        var progress = new ProgressBar(err, files.size());
        int[] tally = new int[5]; // stored, duplicates, created, merged, failed
        EventStatus status = publish ? EventStatus.PUBLISHED : EventStatus.PROPOSED;
        List<Supplier<ArticleSubmission>> articles = files.stream()
                .<Supplier<ArticleSubmission>>map(file -> () -> new ArticleSubmission(
                        ArticleReader.read(file), file.getFileName().toString(), date, publisher, sourceUrl))
                .toList();
        new BatchImport(ingestor, Runtime.getRuntime().availableProcessors())
                .run(articles, status, "import", result -> {
                    if (result.failure() != null) {
                        tally[4]++;
                        Path file = files.get(result.index());
                        String why = result.failure().getMessage();
                        progress.message("error: " + (why.startsWith(file.toString()) ? why : file + ": " + why));
                    } else if (result.outcome().stored().duplicate()) {
                        tally[1]++;
                    } else {
                        tally[0]++;
                        tally[2] += result.outcome().stored().eventsCreated();
                        tally[3] += result.outcome().stored().eventsMerged();
                    }
                    progress.advance(tally[2]);
                });
        progress.done();
        err.printf(
                Locale.ROOT,
                "imported %d articles (%d already there), %d new events (%s), %d added as sources; %d failed%n",
                tally[0],
                tally[1],
                tally[2],
                publish ? "published" : "proposed for review",
                tally[3],
                tally[4]);
        err.flush();
        return tally[4] == 0 ? 0 : 1;
    }

    /** The files named, and the article files inside the folders named, in a stable order. */
    static List<Path> articleFiles(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> ARTICLE_FILES.stream()
                                    .anyMatch(ext -> p.getFileName()
                                            .toString()
                                            .toLowerCase(Locale.ROOT)
                                            .endsWith(ext)))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot read folder " + input + ": " + e.getMessage());
                }
            } else if (Files.exists(input)) {
                files.add(input);
            } else {
                throw new IllegalArgumentException("no such file or folder: " + input);
            }
        }
        return files;
    }
}
