package org.frontlineatlas.ingest.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.frontlineatlas.ingest.ArticleSubmission;

/**
 * A news page as the app read it: its canonical address, title, source, stated publication date and
 * the report's paragraphs. As a submission it is plain text, title first, exactly what an editor
 * copying the article from the browser would paste.
 */
public record WebArticle(
        URI canonicalUrl, String title, String siteName, Optional<LocalDate> published, List<String> paragraphs) {

    public String text() {
        StringBuilder out = new StringBuilder();
        if (title != null && (paragraphs.isEmpty() || !paragraphs.get(0).equals(title))) {
            out.append(title).append("\n\n");
        }
        return out.append(String.join("\n\n", paragraphs)).toString();
    }

    /** What the editor typed wins over the page: a date or publisher given by hand is meant. */
    public ArticleSubmission submission(LocalDate editorsDate, String editorsPublisher) {
        String publisher = editorsPublisher != null && !editorsPublisher.isBlank() ? editorsPublisher : siteName;
        return new ArticleSubmission(
                text(),
                "fetched.txt",
                editorsDate != null ? editorsDate : published.orElse(null),
                publisher,
                canonicalUrl.toString());
    }
}
