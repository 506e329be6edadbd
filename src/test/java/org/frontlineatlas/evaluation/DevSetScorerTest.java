package org.frontlineatlas.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.frontlineatlas.events.DatePrecision;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.extraction.EventQuote;
import org.frontlineatlas.extraction.ExtractedEvent;
import org.frontlineatlas.gazetteer.Place;
import org.frontlineatlas.gazetteer.PlaceKind;
import org.frontlineatlas.gazetteer.PlaceMention;
import org.junit.jupiter.api.Test;

/** The scoring rules of the dev set's README, on hand-made gold and results. */
class DevSetScorerTest {

    private static final LocalDate DAY = LocalDate.of(2023, 5, 20);
    private static final Place BAKHMUT = place("Bakhmut", 48.595, 38.0);
    private static final Place MOSCOW = place("Moscow", 55.756, 37.617);

    private static Place place(String name, double lat, double lon) {
        return new Place("test:" + name, name, PlaceKind.SETTLEMENT, lat, lon, "UA", "", 1000);
    }

    private static ExtractedEvent event(Place p, LocalDate date) {
        return new ExtractedEvent(
                p,
                1,
                date,
                date,
                DatePrecision.DAY,
                false,
                EventType.CAPTURE,
                "x",
                0.8,
                List.of(new EventQuote("q", 0, 1)));
    }

    private static GoldArticle gold() {
        return new GoldArticle(
                "t",
                Path.of("t.txt"),
                DAY,
                List.of(
                        new GoldArticle.Toponym("Bakhmut", 48.595, 38.0, 10),
                        new GoldArticle.Toponym("Moscow", 55.756, 37.617, 25)),
                List.of(
                        new GoldArticle.Event("Bakhmut", 48.595, 38.0, 15, DAY, DAY),
                        new GoldArticle.Event("Bakhmut week", 48.6, 38.0, 15, DAY.minusDays(6), DAY)),
                List.of(new GoldArticle.Point("Moscow", 55.756, 37.617)));
    }

    @Test
    void eventsMatchOneToOneAndPreferTheRightDate() {
        EvalReport.Builder b = new EvalReport.Builder(1);
        // Three pins at Bakhmut: two match (one each), one is extra; the Moscow pin is a metonym pin.
        DevSetScorer.scoreEvents(
                gold(),
                List.of(
                        event(BAKHMUT, DAY.minusDays(3)),
                        event(BAKHMUT, DAY),
                        event(BAKHMUT, DAY.minusDays(30)),
                        event(MOSCOW, DAY)),
                b);
        EvalReport r = b.build();
        assertEquals(2, r.eventTp());
        assertEquals(2, r.eventFp());
        assertEquals(0, r.eventFn());
        assertEquals(
                1.0, r.dateAccuracy(), 1e-9, "the day-fitting pin went to the one-day gold, the other fits the week");
        assertEquals(1, r.metonymPins());
        assertEquals(0.5, r.eventPrecision(), 1e-9);
        assertEquals(2 * 0.5 / 1.5, r.eventF1(), 1e-9);
    }

    @Test
    void aMissedEventAndAWrongDateCount() {
        EvalReport.Builder b = new EvalReport.Builder(1);
        DevSetScorer.scoreEvents(gold(), List.of(event(BAKHMUT, DAY.minusDays(30))), b);
        EvalReport r = b.build();
        assertEquals(1, r.eventTp());
        assertEquals(1, r.eventFn());
        assertEquals(0.0, r.dateAccuracy(), 1e-9);
    }

    @Test
    void toponymsCountOncePerWrittenTextAndNeedTheRightPoint() {
        EvalReport.Builder b = new EvalReport.Builder(1);
        Place wrongMoscow = place("Moscow", 46.73, -117.0); // Moscow, Idaho
        DevSetScorer.scoreToponyms(
                gold(),
                List.of(
                        new PlaceMention(BAKHMUT, "Bakhmut", 0, 7, 1),
                        new PlaceMention(BAKHMUT, "Bakhmut", 20, 27, 1),
                        new PlaceMention(wrongMoscow, "Moscow", 40, 46, 1)),
                b);
        EvalReport r = b.build();
        assertEquals(1, r.toponymTp());
        assertEquals(1, r.toponymFp());
        assertEquals(1, r.toponymFn());
    }

    @Test
    void aMentionCreditsTheGoldNameWrittenAsItIsAndItsCapitalisedTwin() {
        Place region = new Place("test:region", "Donetsk Oblast", PlaceKind.REGION, 48.0, 37.8, "UA", "", 0);
        GoldArticle gold = new GoldArticle(
                "t",
                Path.of("t.txt"),
                DAY,
                List.of(
                        new GoldArticle.Toponym("Donetsk region", 48.0, 37.8, 150),
                                new GoldArticle.Toponym("Donetsk", 48.0, 37.8, 150),
                        new GoldArticle.Toponym("BAKHMUT", 48.595, 38.0, 10),
                                new GoldArticle.Toponym("Bakhmut", 48.595, 38.0, 10)),
                List.of(),
                List.of());
        EvalReport.Builder b = new EvalReport.Builder(1);
        DevSetScorer.scoreToponyms(
                gold,
                List.of(
                        new PlaceMention(region, "Donetsk region", 0, 14, 1),
                        new PlaceMention(region, "Donetsk", 20, 27, 1),
                        new PlaceMention(BAKHMUT, "Bakhmut", 40, 47, 1)),
                b);
        EvalReport r = b.build();
        assertEquals(3, r.toponymTp());
        assertEquals(0, r.toponymFn(), "each written name found once; the caption's capitals are the same name");
    }
}
