package org.frontlineatlas.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
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
 * import. Articles are stored {@value #ARTICLES_PER_TRANSACTION} to a transaction (one H2 commit
 * per article was most of an import's time); a batch that fails is stored again one article per
 * transaction, so each article is still all or nothing and a bad one costs only itself.
 */
public final class BatchImport {

    static final int ARTICLES_PER_TRANSACTION = 50;

    /** What happened to one article: an outcome or the reason it was refused. */
    public record Result(int index, ArticleIngestor.Outcome outcome, RuntimeException failure) {}

    /** Called after each article, in order (after the transaction holding it has committed). */
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
            Pending pending = new Pending(user, listener);
            int next = 0;
            for (int i = 0; i < articles.size(); i++) {
                // Keep a bounded number of articles prepared ahead: memory stays flat for any batch.
                while (next < articles.size() && ahead.size() < threads * 2) {
                    Supplier<ArticleSubmission> article = articles.get(next++);
                    ahead.add(CompletableFuture.supplyAsync(() -> ingestor.prepare(article.get(), status), workers));
                }
                try {
                    pending.add(i, join(ahead.poll()));
                } catch (IllegalArgumentException e) {
                    pending.refused(i, e);
                }
                if (pending.prepared.size() == ARTICLES_PER_TRANSACTION) {
                    pending.flush();
                }
            }
            pending.flush();
        } finally {
            workers.shutdownNow();
        }
    }

    /** Articles waiting for the next transaction, and those refused in between (reported in order). */
    private final class Pending {
        private final String user;
        private final Listener listener;
        private final List<Integer> indexes = new ArrayList<>();
        private final List<ArticleIngestor.Prepared> prepared = new ArrayList<>();
        /** Per index in {@link #indexes}: the refusal, or null for the next prepared article. */
        private final List<RuntimeException> refusals = new ArrayList<>();

        Pending(String user, Listener listener) {
            this.user = user;
            this.listener = listener;
        }

        void add(int index, ArticleIngestor.Prepared article) {
            indexes.add(index);
            refusals.add(null);
            prepared.add(article);
        }

        void refused(int index, RuntimeException why) {
            indexes.add(index);
            refusals.add(why);
        }

        void flush() {
            List<ArticleIngestor.Outcome> outcomes = null;
            if (prepared.size() > 1) {
                try {
                    outcomes = ingestor.storeAll(prepared, user);
                } catch (RuntimeException batchFailed) {
                    outcomes = null; // nothing of it was kept: one by one below
                }
            }
            int stored = 0;
            for (int k = 0; k < indexes.size(); k++) {
                int index = indexes.get(k);
                if (refusals.get(k) != null) {
                    listener.done(new Result(index, null, refusals.get(k)));
                    continue;
                }
                ArticleIngestor.Prepared article = prepared.get(stored);
                Result result;
                try {
                    result = new Result(
                            index, outcomes != null ? outcomes.get(stored) : ingestor.store(article, user), null);
                } catch (IllegalArgumentException e) {
                    result = new Result(index, null, e);
                }
                stored++;
                listener.done(result);
            }
            indexes.clear();
            prepared.clear();
            refusals.clear();
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
