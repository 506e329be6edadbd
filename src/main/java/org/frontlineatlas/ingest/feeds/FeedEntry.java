package org.frontlineatlas.ingest.feeds;

import java.time.LocalDate;

/**
 * One item of a feed: {@code key} identifies it across polls (its guid, else its link), {@code content}
 * is the HTML the feed carries for it (its full text or summary), used when its page cannot be fetched.
 */
record FeedEntry(String key, String link, String title, LocalDate published, String content) {}
