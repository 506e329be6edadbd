package org.frontlineatlas.crash;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.SourcedEvent;
import org.frontlineatlas.extraction.EventExtractor;
import org.frontlineatlas.gazetteer.Gazetteer;
import org.frontlineatlas.gazetteer.PlaceTagger;
import org.frontlineatlas.ingest.ArticleIngestor;
import org.frontlineatlas.ingest.ArticleSubmission;

/**
 * The writes a crash test sends: hand-pinned reports (one-feature GeoJSON imports, each with a
 * summary no other pin has) and short synthetic articles (sentences written for this test, each
 * article made unique by a reference line). For every article it also runs the ingest pipeline here,
 * without a database, to know the event sources the server must store for it: the pipeline is
 * deterministic, so an article stored with any other set of sources was stored by halves.
 */
final class CrashWorkload {

    /** A place the pins and sentences use: name as the news writes it, and coordinates for pins. */
    private record Spot(String name, double lat, double lon) {}

    private static final List<Spot> SPOTS = List.of(
            new Spot("Kharkiv", 49.9935, 36.2304), new Spot("Izium", 49.2128, 37.2566),
            new Spot("Kupiansk", 49.7107, 37.6156), new Spot("Sumy", 50.9077, 34.7981),
            new Spot("Kramatorsk", 48.7230, 37.5560), new Spot("Sloviansk", 48.8533, 37.6053),
            new Spot("Pokrovsk", 48.2826, 37.1758), new Spot("Zaporizhzhia", 47.8388, 35.1396),
            new Spot("Kherson", 46.6354, 32.6169), new Spot("Mykolaiv", 46.9750, 31.9946),
            new Spot("Dnipro", 48.4647, 35.0462), new Spot("Chernihiv", 51.4982, 31.2893),
            new Spot("Nikopol", 47.5667, 34.3964), new Spot("Vovchansk", 50.2909, 36.9410),
            new Spot("Lyman", 48.9886, 37.8022), new Spot("Odesa", 46.4825, 30.7233));

    /** Our own sentences: place, then a date such as "3 May 2022". */
    private static final List<String> SENTENCES = List.of(
            "Russian forces shelled %s on %s, damaging a clinic and two apartment blocks, the regional governor said.",
            "Ukrainian troops advanced on the northern outskirts of %s on %s, according to the evening military update.",
            "A missile struck a grain warehouse in %s on %s and firefighters worked until the morning.",
            "Officials evacuated families from %s on %s as artillery fire came closer to the town.",
            "Humanitarian aid was delivered to %s on %s by a volunteer convoy.",
            "Russian troops captured the village of %s on %s, the defence ministry in Moscow claimed.",
            "Two civilians were killed in %s on %s when a shell hit a bus stop.");

    private static final List<String> PIN_TYPES =
            List.of("attack", "shelling_or_strike", "advance", "evacuation", "aid");
    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };

    record Pin(String summary, String geoJson) {}

    /** An article to post, and the event sources ("start|end|quote", sorted) its ingest must store. */
    record Article(String url, String json, List<String> expectedSources) {}

    private final ObjectMapper json = new ObjectMapper();
    private final ArticleIngestor pipeline =
            new ArticleIngestor(new EventExtractor(new PlaceTagger(Gazetteer.loadDefault())), null);

    List<Pin> pins(int cycle, int count, long seed) {
        Random random = new Random(seed);
        List<Pin> pins = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            Spot spot = pick(random, SPOTS);
            String type = pick(random, PIN_TYPES);
            String summary = "Crash-test pin %d-%d: %s reported near %s"
                    .formatted(cycle, n, type.replace('_', ' '), spot.name());
            ObjectNode properties = json.createObjectNode()
                    .put("date", day(random).toString())
                    .put("place", spot.name())
                    .put("type", type)
                    .put("summary", summary)
                    .put("source", "Crash test desk");
            ObjectNode feature = json.createObjectNode().put("type", "Feature");
            feature.putObject("geometry")
                    .put("type", "Point")
                    .putArray("coordinates")
                    .add(spot.lon())
                    .add(spot.lat());
            feature.set("properties", properties);
            ObjectNode collection = json.createObjectNode().put("type", "FeatureCollection");
            collection.putArray("features").add(feature);
            pins.add(new Pin(summary, collection.toString()));
        }
        return pins;
    }

    List<Article> articles(int cycle, int count, long seed) {
        Random random = new Random(seed);
        List<Article> articles = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            LocalDate first = day(random);
            LocalDate second = first.plusDays(random.nextInt(3));
            String text = "Front-line round-up\n\n"
                    + SENTENCES
                            .get(random.nextInt(SENTENCES.size()))
                            .formatted(pick(random, SPOTS).name(), written(first))
                    + " "
                    + SENTENCES
                            .get(random.nextInt(SENTENCES.size()))
                            .formatted(pick(random, SPOTS).name(), written(second))
                    + "\n\nDesk reference CR-" + cycle + "-" + n + ".\n";
            LocalDate published = second.plusDays(1);
            String url = "https://reports.example/crash/" + cycle + "/" + n;
            ObjectNode body = json.createObjectNode()
                    .put("text", text)
                    .put("published", published.toString())
                    .put("publisher", "Crash test wire")
                    .put("url", url)
                    .put("publish", true);
            List<String> expected = expectedSources(text, published, url);
            if (expected.isEmpty()) {
                throw new IllegalStateException(
                        "the pipeline finds no event in a crash-test article; fix the sentences:\n" + text);
            }
            articles.add(new Article(url, body.toString(), expected));
        }
        return articles;
    }

    /** What POST /api/articles stores as event_source rows for this text, from the same pipeline. */
    private List<String> expectedSources(String text, LocalDate published, String url) {
        var prepared = pipeline.prepare(
                new ArticleSubmission(text, "article.txt", published, "Crash test wire", url), EventStatus.PUBLISHED);
        List<String> sources = new ArrayList<>();
        for (SourcedEvent event : prepared.events()) {
            for (SourcedEvent.Quote q : event.quotes()) {
                sources.add(source(q.start(), q.end(), q.text()));
            }
        }
        sources.sort(null);
        return sources;
    }

    static String source(int start, int end, String quote) {
        return start + "|" + end + "|" + quote;
    }

    private static LocalDate day(Random random) {
        return LocalDate.of(2022, 3, 1).plusDays(random.nextInt(900));
    }

    private static String written(LocalDate d) {
        return d.getDayOfMonth() + " " + MONTHS[d.getMonthValue() - 1] + " " + d.getYear();
    }

    private static <T> T pick(Random random, List<T> list) {
        return list.get(random.nextInt(list.size()));
    }
}
