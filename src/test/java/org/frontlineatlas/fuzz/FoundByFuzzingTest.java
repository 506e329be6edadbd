package org.frontlineatlas.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.frontlineatlas.events.DateRange;
import org.frontlineatlas.extraction.ArticleText;
import org.frontlineatlas.extraction.EventExtractor;
import org.frontlineatlas.gazetteer.Gazetteer;
import org.frontlineatlas.gazetteer.PlaceTagger;
import org.frontlineatlas.ui.map.ViewState;
import org.junit.jupiter.api.Test;

/** Regression tests for the bugs the fuzz properties found, each as the input that showed it. */
class FoundByFuzzingTest {

    @Test
    void anArticleOpeningWithALongUnbrokenLineGetsAShortenedTitle() {
        String opening = "Kharkiv" + "—Kupiansk".repeat(40) + " shelled overnight, officials said.";

        ArticleText article =
                ArticleText.parse(opening + "\n\nShelling hit Kharkiv on Monday, officials said.", "a.txt");

        assertThat(article.title()).hasSize(98).endsWith("…").startsWith("Kharkiv—Kupiansk");
    }

    @Test
    void aLongRunOfDotsIsReadInLinearTime() {
        ArticleText article = ArticleText.parse("Shelling hit Kharkiv. " + ".".repeat(500_000), "a.txt");
        EventExtractor extractor = new EventExtractor(new PlaceTagger(Gazetteer.loadDefault()));

        // Took about 10 s for 40,000 dots before the sentence splitter's boundary pattern was fixed.
        HostileText.bounded(() -> extractor.extract(article, LocalDate.of(2024, 3, 4)));
    }

    @Test
    void aStatedPublicationDateOutsideTheMapsCalendarIsNotTakenAsOne() {
        ArticleText article = ArticleText.parse("Published: 9999-12-31\n\nShelling hit Kharkiv yesterday.", "a.txt");

        assertThat(article.published()).isEmpty();
        assertThat(ArticleText.parse("Published: 2024-03-04\n\nShelling hit Kharkiv yesterday.", "a.txt")
                        .published())
                .contains(LocalDate.of(2024, 3, 4));
    }

    @Test
    void aWrittenDateNoEventCanCarryDoesNotDateTheEvent() {
        ArticleText article =
                ArticleText.parse("Russian forces shelled Kharkiv on 9999-12-31, officials said.", "a.txt");
        EventExtractor extractor = new EventExtractor(new PlaceTagger(Gazetteer.loadDefault()));

        assertThat(extractor.extract(article, LocalDate.of(2024, 3, 4)))
                .isNotEmpty()
                .allSatisfy(e -> assertThat(e.date()).isEqualTo(LocalDate.of(2024, 3, 4)));
    }

    @Test
    void aNegativeZeroConfidenceInALinkIsZero() {
        ViewState view = ViewState.fromLink(
                Map.of("conf", List.of("-0")), new DateRange(LocalDate.of(2022, 2, 24), LocalDate.of(2024, 6, 30)));

        assertThat(Double.compare(view.minConfidence(), 0.0)).isZero();
    }
}
