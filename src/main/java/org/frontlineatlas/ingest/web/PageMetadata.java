package org.frontlineatlas.ingest.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about itself in its markup: the publication date ({@code article:published_time},
 * JSON-LD {@code datePublished}, {@code <time datetime>}, in that order), the title, the source's
 * name (og:site_name, else the host) and its canonical address.
 */
record PageMetadata(String title, String siteName, Optional<LocalDate> published, URI canonical) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DAY = Pattern.compile("^\\s*(\\d{4}-\\d{2}-\\d{2})");

    static PageMetadata of(Document doc, URI fetched) {
        String title = first(
                meta(doc, "og:title"),
                doc.select("h1").first() == null
                        ? null
                        : doc.select("h1").first().text(),
                doc.title());
        String site = first(meta(doc, "og:site_name"), hostName(fetched));
        return new PageMetadata(title, site, published(doc), CanonicalUrl.of(doc, fetched));
    }

    static Optional<LocalDate> published(Document doc) {
        Optional<LocalDate> day = day(meta(doc, "article:published_time"));
        if (day.isEmpty()) {
            day = jsonLdDate(doc);
        }
        if (day.isEmpty()) {
            Element time = doc.selectFirst("article time[datetime], time[datetime]");
            day = day(time == null ? null : time.attr("datetime"));
        }
        return day;
    }

    private static Optional<LocalDate> jsonLdDate(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findField(JSON.readTree(script.data()), "datePublished", 0);
                if (found != null && found.isTextual()) {
                    Optional<LocalDate> day = day(found.asText());
                    if (day.isPresent()) {
                        return day;
                    }
                }
            } catch (java.io.IOException malformed) {
                // a broken JSON-LD block is common; the other sources of the date remain
            }
        }
        return Optional.empty();
    }

    /** The field anywhere in the JSON-LD (top level, @graph, arrays), not deeper than a page needs. */
    private static JsonNode findField(JsonNode node, String name, int depth) {
        if (node == null || depth > 6) {
            return null;
        }
        if (node.has(name)) {
            return node.get(name);
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                JsonNode found = findField(child, name, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The day as the page states it (its own time zone): the first ten characters of an ISO date-time. */
    static Optional<LocalDate> day(String value) {
        if (value == null) {
            return Optional.empty();
        }
        Matcher m = ISO_DAY.matcher(value);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String meta(Document doc, String property) {
        Element m = doc.selectFirst("meta[property=" + property + "], meta[name=" + property + "]");
        return m == null ? null : m.attr("content");
    }

    static String hostName(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
