package org.frontlineatlas.ingest.feeds;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.ingest.ArticleIntake;
import org.frontlineatlas.ingest.ArticleSubmission;
import org.frontlineatlas.ingest.web.FetchException;
import org.frontlineatlas.ingest.web.UrlIntake;
import org.jsoup.Jsoup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one feed: read it, and hand each item not seen before to the article intake (its
 * page fetched and read as an editor's URL would be, or the item's own content when the page
 * cannot be fetched), as drafts for review unless an admin turned on auto-publish for the feed.
 * The feed's status records the outcome; a failure sets its next poll later ({@link FeedBackoff}).
 */
class FeedPoll {

    private static final Logger log = LoggerFactory.getLogger(FeedPoll.class);
    /** Longest one poll works through items; the rest wait (unseen) for the next poll. */
    static final Duration LONGEST_POLL = Duration.ofMinutes(5);

    private final FeedRepository feeds;
    private final FeedReader reader;
    private final UrlIntake urls;
    private final ArticleIntake intake;
    private final RunAsOwner runAs;
    private final Clock clock;

    FeedPoll(
            FeedRepository feeds,
            FeedReader reader,
            UrlIntake urls,
            ArticleIntake intake,
            RunAsOwner runAs,
            Clock clock) {
        this.feeds = feeds;
        this.reader = reader;
        this.urls = urls;
        this.intake = intake;
        this.runAs = runAs;
        this.clock = clock;
    }

    void poll(Feed feed) {
        Instant started = clock.instant();
        try {
            FeedReader.Read read = reader.read(URI.create(feed.url()));
            int taken = runAs.call(feed.addedBy(), () -> take(feed, read, started.plus(LONGEST_POLL)));
            Instant now = clock.instant();
            feeds.succeeded(feed.id(), read.title(), taken, now, FeedBackoff.next(now, feed.intervalMinutes(), 0));
        } catch (RuntimeException failed) { // whatever the feed did, it is marked and tried again later
            String why = failed.getMessage() == null ? failed.getClass().getSimpleName() : failed.getMessage();
            log.info("feed {} failed: {}", feed.url(), why);
            Instant now = clock.instant();
            feeds.failed(feed.id(), why, now, FeedBackoff.next(now, feed.intervalMinutes(), feed.failures() + 1));
        }
    }

    private int take(Feed feed, FeedReader.Read read, Instant deadline) {
        EventStatus status = feed.autoPublish() ? EventStatus.PUBLISHED : EventStatus.PROPOSED;
        int taken = 0;
        for (FeedEntry entry : read.entries()) {
            if (clock.instant().isAfter(deadline)) {
                break;
            }
            if (feeds.seen(feed.id(), entry.key())) {
                continue;
            }
            Long article = null;
            String problem = null;
            try {
                ArticleIntake.Review review = ingest(entry, status, read.title());
                article = review.articleId();
                taken += review.duplicate() ? 0 : 1;
            } catch (IllegalArgumentException refused) { // this item cannot be read; the others can
                problem = refused.getMessage();
            }
            feeds.remember(feed.id(), entry.key(), entry.link(), article, problem, clock.instant());
        }
        return taken;
    }

    private ArticleIntake.Review ingest(FeedEntry entry, EventStatus status, String feedTitle) {
        if (entry.link() != null) {
            try {
                return urls.ingest(entry.link(), entry.published(), null, status);
            } catch (FetchException pageUnavailable) {
                if (Jsoup.parse(entry.content()).text().isBlank()) {
                    throw pageUnavailable;
                }
            }
        }
        String link = entry.link() != null && entry.link().startsWith("http") ? entry.link() : null;
        return intake.ingest(
                new ArticleSubmission(entry.content(), "item.html", entry.published(), feedTitle, link), status);
    }
}
