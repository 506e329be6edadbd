package org.frontlineatlas.cli;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.frontlineatlas.events.Database;
import org.frontlineatlas.events.EventService;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.extraction.Geoparser;
import org.frontlineatlas.extraction.SyntheticArticles;
import org.frontlineatlas.ingest.ArticleIngestor;
import org.frontlineatlas.ingest.ArticleSubmission;
import org.frontlineatlas.ingest.BatchImport;

/**
 * Import throughput into a fresh H2 file database: the whole pipeline per article (clean, extract,
 * store article + events + sources + audit in one transaction), synthetic ~5 KB articles.
 */
final class ImportBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ImportBench() {}

    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime()
                : 0;
    }

    static void run(int articles, PrintWriter out) {
        Path dir;
        try {
            dir = Files.createTempDirectory("atlas-import-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> texts = SyntheticArticles.articles(100_000, articles, 5000);
        var extractor = Geoparser.shared().extractor();
        try (HikariDataSource ds = Database.openFile(dir.resolve("bench").toString())) {
            EventService service = EventService.on(ds);
            var ingestor = new ArticleIngestor(extractor, service);
            LocalDate published = LocalDate.of(2023, 6, 1);
            List<Supplier<ArticleSubmission>> submissions = new ArrayList<>();
            for (int i = 0; i < texts.size(); i++) {
                int n = i;
                submissions.add(() -> new ArticleSubmission(
                        texts.get(n), "bench-" + n + ".txt", published.plusDays(n % 700), "Bench wire", null));
            }
            int threads = Runtime.getRuntime().availableProcessors();
            long start = System.nanoTime();
            long storingCpu = THREADS.getCurrentThreadCpuTime();
            long processCpu = processCpuNanos();
            new BatchImport(ingestor, threads).run(submissions, EventStatus.PROPOSED, "bench", result -> {
                if (result.failure() != null) {
                    throw result.failure();
                }
            });
            double seconds = (System.nanoTime() - start) / 1e9;
            // CPU seconds beside the wall clock: on a shared machine the wall clock says how busy the others were.
            double storing = (THREADS.getCurrentThreadCpuTime() - storingCpu) / 1e9;
            double process = (processCpuNanos() - processCpu) / 1e9;
            out.printf(
                    "import: %d articles into H2 (%s) in %.1f s = %.0f articles/s (%d preparing threads, one storing);"
                            + " CPU %.1f s in all, %.1f s storing; %d events stored, %d articles%n",
                    articles,
                    dir,
                    seconds,
                    articles / seconds,
                    threads,
                    process,
                    storing,
                    service.count(),
                    service.articleCount());
            out.flush();
        }
    }
}
