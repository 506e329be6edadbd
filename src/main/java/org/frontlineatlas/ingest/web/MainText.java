package org.frontlineatlas.ingest.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.frontlineatlas.extraction.HtmlBlocks;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The report of a news page without its navigation, ads, related links and comments: Readability
 * (Mozilla's algorithm, as Readability4J) picks the article's content, and its blocks become
 * paragraphs of plain text separated by a blank line, the form pasted text has. Scripts and
 * markup are gone, and so are figures and their captions; what a paragraph quotes in angle brackets stays as literal text.
 */
final class MainText {

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "blockquote",
            "pre",
            "tr",
            "dd",
            "dt",
            "br",
            "header");

    private MainText() {}

    /** Returns the paragraphs, or an empty list when the page holds no readable article. */
    static List<String> of(Document doc) {
        Document copy = doc.clone(); // Readability rewrites the document it reads
        copy.select("script, style, noscript, template, iframe, object, embed, form")
                .remove();
        Article article = new Readability4JExtended(doc.location(), copy).parse();
        Element content = article.getArticleContent();
        if (content == null) {
            return List.of();
        }
        // Captions and widgets are not the report (as for pasted HTML, see HtmlToText).
        content.select(
                        "script, style, noscript, template, iframe, object, embed, form, button, figure, figcaption, picture")
                .remove();
        List<String> paragraphs = new ArrayList<>();
        for (String line : HtmlBlocks.text(content, BLOCKS).split("\n", -1)) {
            String p = line.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
            if (!p.isEmpty()) {
                paragraphs.add(p);
            }
        }
        return paragraphs;
    }
}
