package org.frontlineatlas.ingest.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One fetcher for pages and feeds, under the {@code atlas.fetch.*} settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FetchSettings.class)
public class WebIntakeConfiguration {

    @Bean
    PageFetcher pageFetcher(FetchSettings settings) {
        return new PageFetcher(settings);
    }

    @Bean
    ArticleFetcher articleFetcher(PageFetcher pages) {
        return new ArticleFetcher(pages);
    }
}
