package org.frontlineatlas.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.frontlineatlas.cli.Cli;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.gazetteer.Gazetteer;
import org.frontlineatlas.gazetteer.PlaceTagger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** What users of extraction notice: clean text, no metonyms on the map, clear errors on bad input. */
class ExtractionBehaviourTest {

    private static EventExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = new EventExtractor(new PlaceTagger(Gazetteer.loadDefault()));
    }

    @Test
    void pageDebrisGoesAndReportSentencesStay() throws Exception {
        for (String file : SeedAnnotations.FILES) {
            String raw = Files.readString(SeedEvaluationTest.SEEDS.resolve(file));
            String text = ArticleText.parse(raw, file).text();
            for (String debris : List.of(
                    "An icon of",
                    "Hide Ad",
                    "Follow live updates here",
                    "Watch more of our videos",
                    "Comment Guidelines",
                    "Source link",
                    "Photo: Reuters",
                    "(Image: NationalWorld)")) {
                assertFalse(text.contains(debris), file + " still has " + debris);
            }
        }
        String s004 = ArticleText.parse(Files.readString(SeedEvaluationTest.SEEDS.resolve(SeedAnnotations.S004)), "x")
                .text();
        assertTrue(s004.contains("its mayor said yesterday"));
        assertTrue(s004.contains("gripping the side of a table"));
    }

    @Test
    void findsTitleAndStatedDateInHtmlAndMarkdown() {
        ArticleText html = ArticleText.parse(
                "<html><head><title>Site</title><meta property=\"article:published_time\" "
                        + "content=\"2022-06-19T08:00:00Z\"><script>alert('x')</script></head><body><nav>Home | World</nav><article>"
                        + "<h1>Strikes hit Odesa port</h1><p>Missiles struck the port of Odesa yesterday, officials said.</p>"
                        + "<figure><figcaption>Smoke over the port (AP)</figcaption></figure><p>Hide Ad</p></article></body></html>",
                "page.html");
        assertEquals("Strikes hit Odesa port", html.title());
        assertEquals(LocalDate.of(2022, 6, 19), html.published().orElseThrow());
        assertFalse(html.text().contains("alert")
                || html.text().contains("Home | World")
                || html.text().contains("Hide Ad"));
        assertTrue(html.text().contains("Missiles struck the port of Odesa yesterday"));

        ArticleText md = ArticleText.parse(
                "# Convoy reaches Kherson\n\nUpdated: 19-06-2022\n\n![photo](x.jpg)\n\n"
                        + "A **humanitarian** convoy reached [Kherson](https://example.org) today.\n",
                "note.md");
        assertEquals("Convoy reaches Kherson", md.title());
        assertEquals(LocalDate.of(2022, 6, 19), md.published().orElseThrow());
        assertTrue(md.text().contains("A humanitarian convoy reached Kherson today."));
        assertTrue(ArticleText.parse("Troops advanced near Izium.\n\n(© Example Media 2022)", "a.txt")
                .yearHint()
                .isPresent());
    }

    @Test
    void metonymsAreNeverEventPlaces() {
        String text = "Ukraine says Russian shelling continues.\n\nThe Kremlin said its forces attacked positions. "
                + "Moscow's forces shelled villages overnight. Officials in Washington and Kyiv stressed that fighting raged. "
                + "Kyiv has said that troops advanced. Mr Umerov told the Copenhagen Democracy Summit in an online address "
                + "that aid is needed.";
        List<ExtractedEvent> events = extractor.extract(ArticleText.parse(text, "a.txt"), LocalDate.of(2024, 5, 14));
        Set<String> pinned = new java.util.HashSet<>();
        events.forEach(e -> pinned.add(e.place().name()));
        for (String metonym : List.of("Moscow", "Washington", "Kyiv", "Copenhagen", "Kremlin", "Ukraine")) {
            assertFalse(pinned.stream().anyMatch(p -> p.startsWith(metonym)), metonym + " pinned: " + pinned);
        }
    }

    @Test
    void sameEventInTwoSentencesIsOneEventWithTwoSources() {
        String text = "Russian artillery shelled Kherson on Sunday. Residents of Kherson said the shelling on Sunday "
                + "damaged a hospital.";
        List<ExtractedEvent> events = extractor.extract(ArticleText.parse(text, "a.txt"), LocalDate.of(2023, 5, 9));
        assertEquals(1, events.size(), events.toString());
        ExtractedEvent e = events.get(0);
        assertEquals(EventType.SHELLING_OR_STRIKE, e.type());
        assertEquals(LocalDate.of(2023, 5, 7), e.date());
        assertEquals(2, e.sources().size());
        String cleaned = ArticleText.parse(text, "a.txt").text();
        e.sources().forEach(q -> assertEquals(q.quote(), cleaned.substring(q.start(), q.end())));
    }

    @Test
    void unreadableInputIsAOneLineError(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n");
        Path binary = Files.write(dir.resolve("bin.txt"), new byte[] {0x50, 0x4b, 3, 4, 0, 0, 1, 2, (byte) 0xff});
        Path big = dir.resolve("big.txt");
        try (var out = Files.newOutputStream(big)) {
            byte[] block = "Shelling hit Kharkiv. ".repeat(4000).getBytes();
            for (int written = 0; written < 50 * 1024 * 1024; written += block.length) {
                out.write(block);
            }
        }
        Path ok = Files.writeString(dir.resolve("ok.txt"), "Missiles struck Lviv on 5 July.");
        assertThrows(InvalidArticleException.class, () -> ArticleReader.read(empty));
        assertThrows(InvalidArticleException.class, () -> ArticleReader.read(binary));
        assertThrows(InvalidArticleException.class, () -> ArticleReader.read(big));

        for (String[] args : List.of(
                new String[] {"extract", empty.toString()},
                new String[] {"extract", binary.toString()},
                new String[] {"extract", big.toString()},
                new String[] {"extract", dir.resolve("missing.txt").toString()},
                new String[] {"extract", "--published", "2022-13-40", ok.toString()},
                new String[] {"extract", ok.toString()})) {
            Result r = run(args);
            assertTrue(r.exit != 0, String.join(" ", args));
            assertEquals(1, r.err.strip().lines().count(), r.err);
            assertFalse(r.err.contains("Exception") || r.err.contains("\tat "), r.err);
        }
        Result good = run(new String[] {"extract", "--published", "2023-07-07", ok.toString()});
        assertEquals(0, good.exit, good.err);
        assertTrue(
                good.out.contains("\"FeatureCollection\"")
                        && good.out.contains("\"date\" : \"2023-07-05\"")
                        && good.out.contains("\"type\" : \"shelling_or_strike\""),
                good.out);
    }

    private record Result(int exit, String out, String err) {}

    private static Result run(String[] args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Cli());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Result(exit, out.toString(), err.toString());
    }

    @Test
    void historyToldInAnAsideIsNoPinWhenTheSentenceReportsSomethingNew() {
        String text =
                "Izium, seized by Russian troops in April 2022 and retaken that autumn, was hit by a drone on Monday.";
        List<ExtractedEvent> events = extractor.extract(ArticleText.parse(text, "a.txt"), LocalDate.of(2025, 3, 4));
        assertEquals(1, events.size(), events.toString());
        assertEquals(EventType.SHELLING_OR_STRIKE, events.get(0).type());
        assertEquals(LocalDate.of(2025, 3, 3), events.get(0).date());
        // Told alone, the history is still a dated event.
        List<ExtractedEvent> alone = extractor.extract(
                ArticleText.parse("Russian troops captured Izium in April 2022.", "a.txt"), LocalDate.of(2025, 3, 4));
        assertEquals(EventType.CAPTURE, alone.get(0).type());
    }

    @Test
    void anAnniversaryAndASinceClauseReportNothingNew() {
        LocalDate published = LocalDate.of(2024, 11, 11);
        assertEquals(
                List.of(),
                extractor.extract(
                        ArticleText.parse("Mykolaiv marks two years since its liberation.", "a.txt"), published));
        List<ExtractedEvent> events = extractor.extract(
                ArticleText.parse(
                        "Explosions shook Kherson on Sunday, quiet since Russian forces withdrew across the Dnipro.",
                        "a.txt"),
                published);
        assertTrue(events.stream().noneMatch(e -> e.type() == EventType.RETREAT), events.toString());
    }

    @Test
    void aCityAndTheDistrictHitInItAreOnePin() {
        List<ExtractedEvent> events = extractor.extract(
                ArticleText.parse(
                        "A missile hit Kyiv on Tuesday, where debris fell in the Obolonskyi district.", "a.txt"),
                LocalDate.of(2024, 1, 3));
        assertEquals(1, events.size(), events.toString());
        assertEquals("Obolonskyi district", events.get(0).place().name());
    }

    @Test
    void aReactionToAnAttackAddsNoPinAndAListOfRegionsPinsEachRegion() {
        LocalDate published = LocalDate.of(2024, 4, 2);
        assertEquals(
                List.of(),
                extractor.extract(
                        ArticleText.parse("Berlin and Paris condemned the strike on Sumy.", "a.txt"), published));
        List<ExtractedEvent> events = extractor.extract(
                ArticleText.parse(
                        "Substations were damaged in the Sumy, Poltava and Cherkasy regions on Monday.", "a.txt"),
                published);
        assertEquals(3, events.size(), events.toString());
        assertTrue(events.stream().allMatch(e -> e.geoPrecision() == 3), events.toString());
    }
}
