package org.frontlineatlas.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.frontlineatlas.events.EventStatus;

/**
 * Imports many articles: cleaning and extraction (CPU) run on worker threads a few articles ahead,
 * while one thread stores them in order, so the database sees the same sequence as a one-by-one
 * import and each article is still its own transaction.
 */
public final class BatchImport {

    /** What happened to one article: an outcome or the reason it was refused. */
    public record Result(int index, ArticleIngestor.Outcome outcome, RuntimeException failure) {
    }

    /** Called after each article, in order. */
    public interface Listener {
        void done(Result result);
    }

    private final ArticleIngestor ingestor;
    private final int threads;

    public BatchImport(ArticleIngestor ingestor, int threads) {
        this.ingestor = ingestor;
        this.threads = Math.max(1, threads);
    }

    /** Reads each article lazily (a supplier per article) so files are read by the workers too. */
    public void run(List<Supplier<ArticleSubmission>> articles, EventStatus status, String user, Listener listener) {
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "import-prepare");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<CompletableFuture<ArticleIngestor.Prepared>> ahead = new ArrayDeque<>();
            int next = 0;
            for (int i = 0; i < articles.size(); i++) {
                // Keep a bounded number of articles prepared ahead: memory stays flat for any batch.
                while (next < articles.size() && ahead.size() < threads * 2) {
                    Supplier<ArticleSubmission> article = articles.get(next++);
                    ahead.add(CompletableFuture.supplyAsync(() -> ingestor.prepare(article.get(), status), workers));
                }
                Result result;
                try {
                    ArticleIngestor.Prepared prepared = join(ahead.poll());
                    result = new Result(i, ingestor.store(prepared, user), null);
                } catch (IllegalArgumentException e) {
                    result = new Result(i, null, e);
                }
                listener.done(result);
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private static ArticleIngestor.Prepared join(CompletableFuture<ArticleIngestor.Prepared> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
