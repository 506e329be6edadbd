package org.frontlineatlas.extraction;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.frontlineatlas.extraction.SeedAnnotations.Fact;
import org.frontlineatlas.gazetteer.Gazetteer;
import org.frontlineatlas.gazetteer.PlaceKind;
import org.frontlineatlas.gazetteer.PlaceTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the extractor against the hand annotation of the five seeds: an extracted event matches a
 * gold fact of the same article when type and place agree (one-to-one); its date is right when the
 * gold day lies in the extracted date range with the same precision.
 */
class SeedEvaluationTest {

    static final Path SEEDS = Path.of("..", "shared", "seeds");
    private static EventExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new EventExtractor(new PlaceTagger(Gazetteer.loadDefault()));
    }

    record Score(int gold, int extracted, int matched, int datesRight, List<String> report) {
        double precision() {
            return extracted == 0 ? 0 : (double) matched / extracted;
        }

        double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        double dateAccuracy() {
            return matched == 0 ? 0 : (double) datesRight / matched;
        }
    }

    static Score score() {
        int gold = 0;
        int extracted = 0;
        int matched = 0;
        int datesRight = 0;
        List<String> report = new ArrayList<>();
        for (String file : SeedAnnotations.FILES) {
            ArticleText article = ArticleText.parse(ArticleReader.read(SEEDS.resolve(file)), file);
            List<ExtractedEvent> events = new ArrayList<>(extractor.extract(article, SeedAnnotations.published(file)));
            List<Fact> facts = SeedAnnotations.FACTS.stream()
                    .filter(f -> f.file().equals(file))
                    .toList();
            gold += facts.size();
            extracted += events.size();
            for (Fact fact : facts) {
                ExtractedEvent hit = bestMatch(fact, events);
                if (hit == null) {
                    report.add("MISSED   " + file.substring(0, 3) + " "
                            + fact.type().code() + " " + fact.places() + " " + fact.date());
                    continue;
                }
                events.remove(hit);
                matched++;
                boolean dateRight = dateRight(fact, hit);
                if (dateRight) {
                    datesRight++;
                }
                report.add((dateRight ? "OK       " : "BAD DATE ") + file.substring(0, 3) + " "
                        + fact.type().code() + " " + fact.places() + " gold " + fact.date() + " got " + hit.date()
                        + ".." + hit.dateEnd() + " " + hit.precision());
            }
            for (ExtractedEvent extra : events) {
                report.add("EXTRA    " + file.substring(0, 3) + " "
                        + extra.type().code() + " " + extra.place().name() + " ("
                        + extra.place().kind().code() + ") " + extra.date() + " | "
                        + extra.sources().get(0).quote());
            }
        }
        return new Score(gold, extracted, matched, datesRight, report);
    }

    private static ExtractedEvent bestMatch(Fact fact, List<ExtractedEvent> events) {
        ExtractedEvent fallback = null;
        for (ExtractedEvent e : events) {
            if (e.type() == fact.type() && placeMatches(fact, e)) {
                if (dateRight(fact, e)) {
                    return e;
                }
                fallback = fallback == null ? e : fallback;
            }
        }
        return fallback;
    }

    private static boolean dateRight(Fact fact, ExtractedEvent e) {
        return fact.precision() == e.precision()
                && !fact.date().isBefore(e.date())
                && !fact.date().isAfter(e.dateEnd());
    }

    /** Gold names compare with gazetteer names ignoring case, accents, apostrophes; "X Oblast" needs a region. */
    static boolean placeMatches(Fact fact, ExtractedEvent e) {
        for (String gold : fact.placeAlternatives()) {
            boolean region = gold.endsWith(" Oblast");
            String goldBase = base(region ? gold.substring(0, gold.length() - " Oblast".length()) : gold);
            boolean extractedRegion = e.place().kind() == PlaceKind.REGION;
            String name = base(e.place().name());
            if (extractedRegion && !"donbas".equals(name)) {
                name = base(e.place().name().replaceAll("(?i)\\s*(oblast|region|province)$", ""))
                        .replaceAll("(ska|skaya)$", "");
            }
            boolean regionOk = region
                    == (extractedRegion
                            && !Set.of("donbas", "donbass")
                                    .contains(base(e.place().name())));
            if (regionOk && name.startsWith(goldBase)) { // "Azovstal" names the "Azovstal steel plant"
                return true;
            }
        }
        return false;
    }

    static String base(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("ya", "ia")
                .replaceAll("[^a-z]", "");
    }

    @Test
    void precisionAndRecallOfEventsAreAtLeastNinetyPercent() {
        Score s = score();
        s.report().forEach(System.out::println);
        System.out.printf(
                "seed events: gold %d, extracted %d, matched %d; P=%.2f R=%.2f dates=%.2f%n",
                s.gold(), s.extracted(), s.matched(), s.precision(), s.recall(), s.dateAccuracy());
        assertTrue(s.precision() >= 0.9, "precision " + s.precision());
        assertTrue(s.recall() >= 0.9, "recall " + s.recall());
    }

    @Test
    void datesOfMatchedEventsAreRightForAtLeastNinetyPercent() {
        Score s = score();
        assertTrue(s.dateAccuracy() >= 0.9, "date accuracy " + s.dateAccuracy());
    }
}
