package org.frontlineatlas.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.frontlineatlas.events.GeoEvent;
import org.frontlineatlas.extraction.ArticleText;
import org.frontlineatlas.extraction.EventExtractor;
import org.frontlineatlas.extraction.ExtractedEvent;
import org.frontlineatlas.extraction.InvalidArticleException;
import org.frontlineatlas.gazetteer.Gazetteer;
import org.frontlineatlas.gazetteer.PlaceMention;
import org.frontlineatlas.gazetteer.PlaceTagger;

/**
 * Hostile text through the article pipeline: parse (HTML, Markdown, plain), tag places, extract
 * events. Nothing may throw but the documented InvalidArticleException, nothing may take more than
 * {@link HostileText#PER_INPUT}, and what comes out points inside the text it came from.
 */
class ArticlePipelineFuzzTest {

    private static final PlaceTagger TAGGER = new PlaceTagger(Gazetteer.loadDefault());
    private static final EventExtractor EXTRACTOR = new EventExtractor(TAGGER);

    @Provide
    Arbitrary<String> hostile() {
        return HostileText.any();
    }

    @Provide
    Arbitrary<String> hint() {
        return Arbitraries.of("article.html", "article.md", "article.txt", "text/html", "text/markdown", "", "x.HTM");
    }

    @Property(tries = 1500)
    void parsingRefusesOrReturnsACleanArticle(@ForAll("hostile") String raw, @ForAll("hint") String hint) {
        ArticleText article;
        try {
            article = HostileText.bounded(() -> ArticleText.parse(raw, hint));
        } catch (InvalidArticleException refused) {
            assertThat(refused.getMessage()).isNotBlank().doesNotContain("\n");
            return;
        }
        assertThat(article.text()).isNotNull();
        assertThat(article.title()).isNotNull();
        article.published()
                .ifPresent(d ->
                        assertThat(d).as("a stated publication date").isBetween(GeoEvent.EARLIEST, GeoEvent.LATEST));
    }

    @Property(tries = 1500)
    void placeMentionsLieInsideTheText(@ForAll("hostile") String text) {
        List<PlaceMention> mentions = HostileText.bounded(() -> TAGGER.tag(text));

        for (PlaceMention m : mentions) {
            assertThat(m.start()).isBetween(0, m.end());
            assertThat(m.end()).isLessThanOrEqualTo(text.length());
            assertThat(m.confidence()).isBetween(0.0, 1.0);
            assertThat(m.place()).isNotNull();
        }
    }

    @Property(tries = 1000)
    void extractedEventsAreStorableAndPlacedOnTheGlobe(@ForAll("hostile") String raw) {
        ArticleText article;
        try {
            article = ArticleText.parse(raw, "article.txt");
        } catch (InvalidArticleException refused) {
            return;
        }
        LocalDate published = LocalDate.of(2024, 3, 4);
        List<ExtractedEvent> events = HostileText.bounded(() -> EXTRACTOR.extract(article, published));

        for (ExtractedEvent e : events) {
            // Every event can be stored: its dates lie in the map's calendar.
            assertThat(e.date()).isBetween(GeoEvent.EARLIEST, GeoEvent.LATEST);
            assertThat(e.dateEnd()).isBetween(e.date(), GeoEvent.LATEST);
            assertThat(e.place().latitude()).isBetween(-90.0, 90.0);
            assertThat(e.place().longitude()).isBetween(-180.0, 180.0);
            assertThat(e.confidence()).isBetween(0.0, 1.0);
            assertThat(e.sources()).isNotEmpty();
        }
    }
}
