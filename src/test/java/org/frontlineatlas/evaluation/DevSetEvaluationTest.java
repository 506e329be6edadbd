package org.frontlineatlas.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.frontlineatlas.gazetteer.Gazetteer;
import org.frontlineatlas.gazetteer.PlaceTagger;
import org.junit.jupiter.api.Test;

/**
 * The ratchet: the dev set's figures may not fall below the floors in {@code devset/floors.properties}
 * (raise a floor when a change lifts a figure; never lower one to let a change in).
 */
class DevSetEvaluationTest {

    private static final Path DEVSET = Path.of("src", "test", "resources", "devset");

    @Test
    void theDevSetDoesNotGetWorse() throws IOException {
        Properties floors = new Properties();
        try (InputStream in = Files.newInputStream(DEVSET.resolve("floors.properties"))) {
            floors.load(in);
        }
        List<GoldArticle> articles = DevSet.articles(DEVSET.resolve("articles"));
        assertTrue(articles.size() >= Integer.parseInt(floors.getProperty("dev.articles")), "dev set shrank to " + articles.size());
        EvalReport r = new DevSetScorer(new PlaceTagger(Gazetteer.loadDefault())).score(articles);
        System.out.print(r.table("dev set"));
        r.details().forEach(line -> System.out.println("    " + line));
        List<String> below = new ArrayList<>();
        check(below, "dev.toponym.f1", r.toponymF1(), floors);
        check(below, "dev.event.precision", r.eventPrecision(), floors);
        check(below, "dev.event.recall", r.eventRecall(), floors);
        check(below, "dev.event.f1", r.eventF1(), floors);
        check(below, "dev.date.accuracy", r.dateAccuracy(), floors);
        int maxMetonyms = Integer.parseInt(floors.getProperty("dev.metonym.max"));
        if (r.metonymPins() > maxMetonyms) {
            below.add("metonym pins " + r.metonymPins() + " > " + maxMetonyms);
        }
        assertTrue(below.isEmpty(), "below the floor: " + below);
    }

    private static void check(List<String> below, String key, double value, Properties floors) {
        double floor = Double.parseDouble(floors.getProperty(key));
        if (value < floor) {
            below.add(key + " " + String.format("%.3f", value) + " < " + floor);
        }
    }
}
