package org.frontlineatlas.ingest.web;

import java.net.URI;
import java.util.List;
import org.jsoup.nodes.Document;

/** Fetches a news page and reads it: address checks and limits, charset, metadata, main text. */
public class ArticleFetcher {

    private final PageFetcher fetcher;

    public ArticleFetcher(PageFetcher fetcher) {
        this.fetcher = fetcher;
    }

    public WebArticle fetch(URI url) {
        FetchedBody body = fetcher.get(url, "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1");
        Document doc = PageDecoder.decode(body);
        PageMetadata meta = PageMetadata.of(doc, body.uri());
        List<String> paragraphs = MainText.of(doc);
        if (paragraphs.isEmpty()) {
            throw new FetchException(AddressGuard.shown(body.uri()) + " has no article text");
        }
        return new WebArticle(meta.canonical(), meta.title(), meta.siteName(), meta.published(), paragraphs);
    }
}
