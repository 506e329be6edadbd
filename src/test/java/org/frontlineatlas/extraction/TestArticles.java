package org.frontlineatlas.extraction;

import java.time.LocalDate;
import java.util.List;

/** Sentences written for a test, run through the one shared pipeline as an article published on a day. */
final class TestArticles {

    private TestArticles() {}

    static List<ExtractedEvent> extract(String text, LocalDate published) {
        return Geoparser.shared().extractor().extract(ArticleText.parse(text, "test.txt"), published);
    }
}
