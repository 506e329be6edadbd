package org.frontlineatlas.ingest.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.commons.lang3.StringUtils;
import org.frontlineatlas.ingest.web.FetchedBody;
import org.frontlineatlas.ingest.web.PageFetcher;

/**
 * Fetches an RSS or Atom feed through the same guarded fetcher as pages and reads it with Rome
 * (DOCTYPEs refused, so no external entities). Anything that is not a feed is a one-line error.
 */
class FeedReader {

    /** Items read from one feed per poll; the rest wait for the next. */
    static final int MAX_ITEMS = 200;

    record Read(String title, List<FeedEntry> entries) {}

    private final PageFetcher fetcher;

    FeedReader(PageFetcher fetcher) {
        this.fetcher = fetcher;
    }

    Read read(URI url) {
        FetchedBody body =
                fetcher.get(url, "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9");
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false);
            feed = input.build(new XmlReader(new ByteArrayInputStream(body.bytes()), body.contentType(), true));
        } catch (FeedException | IOException | IllegalArgumentException | IllegalStateException garbage) {
            throw new org.frontlineatlas.ingest.web.FetchException(url + " is not an RSS or Atom feed");
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            if (entries.size() == MAX_ITEMS) {
                break;
            }
            String link = absolute(body.uri(), e.getLink());
            String id = StringUtils.strip(StringUtils.firstNonBlank(e.getUri(), link, e.getTitle()));
            if (id == null) {
                continue; // nothing tells this item apart from the next
            }
            entries.add(new FeedEntry(
                    sha256(id), link, e.getTitle(), day(e.getPublishedDate(), e.getUpdatedDate()), content(e)));
        }
        return new Read(feed.getTitle(), entries);
    }

    private static String content(SyndEntry e) {
        StringBuilder html = new StringBuilder();
        if (e.getTitle() != null) {
            html.append("<h1>")
                    .append(org.jsoup.nodes.Entities.escape(e.getTitle()))
                    .append("</h1>");
        }
        List<SyndContent> contents = e.getContents();
        if (contents != null && !contents.isEmpty() && contents.get(0).getValue() != null) {
            html.append(contents.get(0).getValue());
        } else if (e.getDescription() != null && e.getDescription().getValue() != null) {
            html.append(e.getDescription().getValue());
        }
        return html.toString();
    }

    private static LocalDate day(Date published, Date updated) {
        Date d = published != null ? published : updated;
        return d == null ? null : d.toInstant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static String absolute(URI base, String link) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            return base.resolve(new URI(link.strip())).toString();
        } catch (java.net.URISyntaxException | IllegalArgumentException malformed) {
            return null;
        }
    }

    static String sha256(String s) {
        return DigestUtils.sha256Hex(s);
    }
}
