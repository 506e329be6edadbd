package org.frontlineatlas.ingest.feeds;

import jakarta.annotation.security.RolesAllowed;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import org.frontlineatlas.ingest.web.FetchException;
import org.frontlineatlas.ingest.web.PageFetcher;
import org.frontlineatlas.security.CurrentEditor;
import org.frontlineatlas.security.EditorsOnly;

/** The feeds editors follow: list, add, remove, poll now; auto-publish is an admin's decision. */
public class FeedService {

    static final int DEFAULT_INTERVAL = 30;

    private final FeedRepository feeds;
    private final PageFetcher fetcher;
    private final CurrentEditor editor;
    private final Clock clock;

    FeedService(FeedRepository feeds, PageFetcher fetcher, CurrentEditor editor, Clock clock) {
        this.feeds = feeds;
        this.fetcher = fetcher;
        this.editor = editor;
        this.clock = clock;
    }

    @EditorsOnly
    public List<Feed> list() {
        return feeds.findAll();
    }

    /**
     * Follows a feed from now on (first poll at the next tick); its address is checked like any fetch.
     *
     * @throws IllegalArgumentException with a one-line message: malformed, refused or already followed
     */
    @EditorsOnly
    public long add(String url, int intervalMinutes) {
        String user = editor.name();
        URI uri = PageFetcher.address(url);
        fetcher.check(uri);
        String ascii = uri.toASCIIString();
        if (ascii.length() > 1000) {
            throw new FetchException("the feed's address is longer than 1000 characters");
        }
        if (intervalMinutes < 1 || intervalMinutes > 10080) {
            throw new IllegalArgumentException("the interval must lie between 1 minute and 7 days");
        }
        if (feeds.existsUrl(ascii)) {
            throw new IllegalArgumentException("this feed is followed already");
        }
        return feeds.insert(ascii, intervalMinutes, user, clock.instant());
    }

    @EditorsOnly
    public void remove(long id) {
        editor.name();
        feeds.delete(id);
    }

    /** Polls the feed at the next tick, whatever its interval or back-off says. */
    @EditorsOnly
    public void pollSoon(long id) {
        editor.name();
        feeds.pollSoon(id, clock.instant());
    }

    /** Items of this feed are published without review: only an admin may decide that. */
    @RolesAllowed("ADMIN")
    public void setAutoPublish(long id, boolean on) {
        editor.name();
        feeds.setAutoPublish(id, on);
    }
}
