package org.frontlineatlas.ingest.feeds;

import java.time.Clock;
import org.frontlineatlas.ingest.ArticleIntake;
import org.frontlineatlas.ingest.web.PageFetcher;
import org.frontlineatlas.ingest.web.UrlIntake;
import org.frontlineatlas.security.CurrentEditor;
import org.frontlineatlas.security.UserRepository;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Feeds: the store, the service editors use, and the poller ({@code atlas.feeds.poll=false} stops its ticks). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class FeedsConfiguration {

    @Bean
    FeedRepository feedRepository(JdbcClient jdbc) {
        return new FeedRepository(jdbc);
    }

    @Bean
    FeedService feedService(FeedRepository feeds, PageFetcher fetcher, CurrentEditor editor, Clock clock) {
        return new FeedService(feeds, fetcher, editor, clock);
    }

    @Bean
    FeedPoller feedPoller(
            FeedRepository feeds,
            PageFetcher fetcher,
            UrlIntake urls,
            ArticleIntake intake,
            UserRepository users,
            ObjectProvider<SecurityContextHolderStrategy> security,
            Clock clock,
            @Value("${atlas.feeds.poll:true}") boolean enabled) {
        RunAsOwner runAs =
                new RunAsOwner(security.getIfAvailable(SecurityContextHolder::getContextHolderStrategy), users);
        FeedPoll poll = new FeedPoll(feeds, new FeedReader(fetcher), urls, intake, runAs, clock);
        return new FeedPoller(feeds, poll, clock, enabled);
    }
}
