package org.frontlineatlas.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One gazetteer and one tagger serve many threads with the same answers as one thread. */
class ThreadSafetyTest {

    @Test
    void concurrentTaggingGivesTheSameMentionsAsSequential() throws Exception {
        assertSame(Gazetteer.loadDefault(), Gazetteer.loadDefault(), "one shared instance");
        PlaceTagger tagger = new PlaceTagger(Gazetteer.loadDefault());
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(SeedArticlesTest.SEEDS)) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f));
            }
        }
        List<List<PlaceMention>> expected = texts.stream().map(tagger::tag).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<PlaceMention>>> futures = new ArrayList<>();
            for (int round = 0; round < 20; round++) {
                for (String t : texts) {
                    futures.add(pool.submit(() -> tagger.tag(t)));
                }
            }
            for (int i = 0; i < futures.size(); i++) {
                assertEquals(expected.get(i % texts.size()), futures.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
