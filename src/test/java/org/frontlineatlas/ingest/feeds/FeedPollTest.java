package org.frontlineatlas.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.frontlineatlas.ingest.web.IntakeSpringBootTest;
import org.frontlineatlas.ingest.web.IntakeTestApp;
import org.frontlineatlas.security.Role;
import org.frontlineatlas.security.UserRepository;
import org.frontlineatlas.testing.FixtureSite;
import org.frontlineatlas.testing.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Feeds polled from a local site: drafts for review, once; a failing feed backs off and the others go on. */
@IntakeSpringBootTest
class FeedPollTest {

    private static final Duration WAIT = Duration.ofMinutes(3);

    @RegisterExtension
    static final FixtureSite site = FixtureSite.start();

    @Autowired
    FeedService feeds;

    @Autowired
    FeedPoller poller;

    @Autowired
    JdbcClient sql;

    @Autowired
    UserRepository users;

    @BeforeEach
    void emptyStore() {
        IntakeTestApp.emptyStore(sql);
        TestAccounts.ensure(users, Role.EDITOR, "feed-editor");
        TestAccounts.ensure(users, Role.ADMIN, "feed-admin");
    }

    private long count(String query) {
        return sql.sql(query).query(Long.class).single();
    }

    private Feed feed(long id) {
        return feeds.list().stream().filter(f -> f.id() == id).findFirst().orElseThrow();
    }

    @Test
    @WithMockUser(username = "feed-editor", roles = "EDITOR")
    void aFeedOfFiftyItemsPollsIntoFiftyDraftsOnceNotTwice() {
        long id = feeds.add(site.url("/feeds/wire.xml").toString(), 30);
        int feedReads = site.hits("/feeds/wire.xml");

        assertThat(poller.pollDue(WAIT)).isEqualTo(1);
        Feed polled = feed(id);
        assertThat(polled.lastError()).isNull();
        assertThat(polled.itemsTaken()).isEqualTo(50);
        assertThat(polled.title()).isEqualTo("Eastern Wire: front line");
        assertThat(count("SELECT COUNT(*) FROM article")).isEqualTo(50);
        long drafts = count("SELECT COUNT(*) FROM geo_event WHERE status = 'PROPOSED'");
        assertThat(drafts).isGreaterThanOrEqualTo(50);
        assertThat(count("SELECT COUNT(*) FROM geo_event WHERE status <> 'PROPOSED'"))
                .as("nothing published unreviewed")
                .isZero();
        // Each item's report, on its own day at its own place, from its page or (gone pages) the feed's own text.
        for (int n : new int[] {1, 17, 48, FixtureSite.FIRST_GONE_ITEM, 50}) {
            assertThat(count("SELECT COUNT(*) FROM geo_event WHERE place_name = '" + FixtureSite.itemPlace(n)
                            + "' AND event_date = DATE '" + FixtureSite.itemDay(n) + "'"))
                    .as("item " + n)
                    .isEqualTo(1);
        }
        assertThat(count("SELECT COUNT(*) FROM geo_event WHERE place_name IN ('Odesa', 'Mykolaiv')"))
                .as("nav, comments")
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM geo_event WHERE created_by <> 'feed-editor'"))
                .isZero();
        assertThat(polled.nextPollAt()).isAfter(Instant.now().plus(Duration.ofMinutes(29)));

        feeds.pollSoon(id);
        int pagesFetched = site.hits("/items/1");
        assertThat(poller.pollDue(WAIT)).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM article")).isEqualTo(50);
        assertThat(count("SELECT COUNT(*) FROM geo_event")).isEqualTo(drafts);
        assertThat(feed(id).itemsTaken()).isEqualTo(50);
        assertThat(site.hits("/items/1")).as("a seen item is not fetched again").isEqualTo(pagesFetched);
        assertThat(site.hits("/feeds/wire.xml")).isEqualTo(feedReads + 2);
    }

    @Test
    @WithMockUser(username = "feed-editor", roles = "EDITOR")
    void aFailingOrHangingFeedIsMarkedAndBacksOffWhileTheOthersStillPoll() {
        long garbage = feeds.add(site.url("/feeds/garbage.xml").toString(), 10);
        long hanging = feeds.add(site.url("/feeds/hang.xml").toString(), 10);
        long good = feeds.add(site.url("/feeds/wire.xml").toString(), 10);

        assertThat(poller.pollDue(WAIT)).isEqualTo(3);
        Feed bad = feed(garbage);
        assertThat(bad.lastError()).endsWith("is not an RSS or Atom feed");
        assertThat(bad.failures()).isEqualTo(1);
        assertThat(Duration.between(bad.lastPolledAt(), bad.nextPollAt())).isEqualTo(Duration.ofMinutes(20));
        assertThat(feed(hanging).lastError()).endsWith("did not answer within 3 s");
        assertThat(feed(good).lastError()).isNull();
        assertThat(feed(good).itemsTaken()).isEqualTo(50);

        // Due again (asked by an editor): failing twice in a row doubles the wait again.
        feeds.pollSoon(garbage);
        assertThat(poller.pollDue(WAIT)).as("only the feed asked for is due").isEqualTo(1);
        bad = feed(garbage);
        assertThat(bad.failures()).isEqualTo(2);
        assertThat(Duration.between(bad.lastPolledAt(), bad.nextPollAt())).isEqualTo(Duration.ofMinutes(40));
    }

    @Test
    @WithMockUser(username = "feed-editor", roles = "EDITOR")
    void editorsAddAndRemoveFeedsButOnlyAnAdminTurnsOnAutoPublish() {
        long id = feeds.add(site.url("/feeds/wire.xml").toString(), 30);
        assertThatThrownBy(() -> feeds.add(site.url("/feeds/wire.xml").toString(), 30))
                .hasMessage("this feed is followed already");
        assertThatThrownBy(() -> feeds.add("gopher://example.org/feed", 30))
                .hasMessageStartingWith("only http and https");
        assertThatThrownBy(() -> feeds.setAutoPublish(id, true)).isInstanceOf(AccessDeniedException.class);
        assertThat(feed(id).autoPublish()).isFalse();
        feeds.remove(id);
        assertThat(feeds.list()).isEmpty();
    }

    @Test
    @WithMockUser(username = "feed-admin", roles = "ADMIN")
    void aFeedAnAdminTrustsIsPublishedWithoutReview() {
        long id = feeds.add(site.url("/feeds/wire.xml").toString(), 30);
        feeds.setAutoPublish(id, true);
        poller.pollDue(WAIT);
        assertThat(count("SELECT COUNT(*) FROM geo_event WHERE status = 'PUBLISHED'"))
                .isGreaterThanOrEqualTo(50);
        assertThat(count("SELECT COUNT(*) FROM geo_event WHERE status = 'PROPOSED'"))
                .isZero();
    }
}
