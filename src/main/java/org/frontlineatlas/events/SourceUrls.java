package org.frontlineatlas.events;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Source links are shown to readers as links, so only absolute http(s) URLs are accepted. */
final class SourceUrls {

    private SourceUrls() {}

    static String checked(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        String trimmed = url.strip();
        if (trimmed.length() > 2000) {
            throw new IllegalArgumentException("source URL is longer than 2000 characters");
        }
        try {
            URI uri = new URI(trimmed);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new IllegalArgumentException("source URL must be an http or https address");
            }
            return trimmed;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("source URL is malformed");
        }
    }
}
