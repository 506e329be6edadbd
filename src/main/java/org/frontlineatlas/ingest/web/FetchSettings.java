package org.frontlineatlas.ingest.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code atlas.fetch.*}: how the app fetches pages and feeds for editors.
 *
 * @param allowPrivate  fetch from loopback and private networks too (tests with a local server; an
 *                      intranet news wire). Off: the app cannot be turned on its own network (SSRF)
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout   how long a whole answer may take, headers and body
 * @param maxBytes      the largest body read; larger answers are refused
 * @param maxRedirects  redirects followed, each to an address checked again
 * @param userAgent     how the app introduces itself
 */
@ConfigurationProperties("atlas.fetch")
public record FetchSettings(
        @DefaultValue("false") boolean allowPrivate,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("15s") Duration readTimeout,
        @DefaultValue("5242880") int maxBytes,
        @DefaultValue("5") int maxRedirects,

        @DefaultValue("FrontlineAtlas/1.0 (newsroom article intake)")
        String userAgent) {}
