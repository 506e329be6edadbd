package org.frontlineatlas.extraction;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.lang3.StringUtils;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an HTML page into plain lines of text with jsoup: scripts, styles, navigation, forms,
 * figures and share widgets are dropped (never executed or kept), block elements become lines.
 * The title comes from og:title, the first h1 or the title element; the date from the usual meta
 * tags or a time element.
 */
final class HtmlToText {

    record Result(String title, LocalDate published, String text) {}

    private static final Set<String> BLOCKS = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "header",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "blockquote",
            "pre",
            "table",
            "tr",
            "td",
            "th",
            "dd",
            "dt",
            "br",
            "hr",
            "body");

    private static final String NOT_REPORT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "form, button, input, select, nav, footer, aside, figure, figcaption, picture, video, audio, "
            + "[aria-hidden=true], [hidden], .ad, .ads, .advert, [class*=share], [class*=social], [class*=newsletter], "
            + "[class*=related], [class*=comment], [class*=promo], [id*=comment]";

    private HtmlToText() {}

    static Result convert(String html) {
        Document doc = Jsoup.parse(html);
        String title = StringUtils.strip(StringUtils.firstNonBlank(
                doc.select("meta[property=og:title]").attr("content"),
                doc.select("h1").text(),
                doc.title()));
        LocalDate published = publishedOf(doc);
        doc.select(NOT_REPORT).remove();
        Element root = doc.selectFirst("article");
        if (root == null) {
            root = doc.body();
        }
        return new Result(title, published, root == null ? "" : HtmlBlocks.text(root, BLOCKS));
    }

    private static LocalDate publishedOf(Document doc) {
        DateResolver dates = new DateResolver();
        for (String value : new String[] {
            doc.select("meta[property=article:published_time]").attr("content"),
            doc.select("meta[name=date], meta[name=pubdate], meta[itemprop=datePublished]")
                    .attr("content"),
            doc.select("time[datetime]").attr("datetime")
        }) {
            if (value != null && value.length() >= 10) {
                Optional<LocalDate> date = dates.parseAbsolute(value.substring(0, 10));
                if (date.isPresent()) {
                    return date.get();
                }
            }
        }
        return null;
    }
}
