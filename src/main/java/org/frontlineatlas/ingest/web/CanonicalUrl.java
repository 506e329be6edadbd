package org.frontlineatlas.ingest.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The one address of an article, so that fetching it again (with tracking parameters, a fragment,
 * through a redirect) finds the article already stored: the page's {@code <link rel=canonical>} or
 * og:url when it points to the same site, else the address fetched, without fragment and
 * utm_/fbclid/gclid parameters.
 */
final class CanonicalUrl {

    private CanonicalUrl() {}

    static URI of(Document doc, URI fetched) {
        for (String candidate : new String[] {
            attr(doc.selectFirst("link[rel=canonical]"), "href"),
            attr(doc.selectFirst("meta[property=og:url]"), "content")
        }) {
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            try {
                URI uri = fetched.resolve(new URI(candidate.strip()));
                // Another site's address is not this page's: a page cannot claim to be a stored article.
                if (PageMetadata.hostName(uri).equals(PageMetadata.hostName(fetched))
                        && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
                    return normalised(uri);
                }
            } catch (URISyntaxException | IllegalArgumentException malformed) {
                // try the next candidate
            }
        }
        return normalised(fetched);
    }

    static URI normalised(URI uri) {
        String query = uri.getRawQuery() == null
                ? null
                : Arrays.stream(uri.getRawQuery().split("&"))
                        .filter(p -> !p.isEmpty() && !tracking(p.toLowerCase(Locale.ROOT)))
                        .collect(Collectors.joining("&"));
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        try {
            // Raw parts, joined as they are: the multi-part URI constructor would encode '%' again.
            return new URI(uri.getScheme().toLowerCase(Locale.ROOT) + "://"
                            + uri.getRawAuthority().toLowerCase(Locale.ROOT) + path
                            + (query == null || query.isEmpty() ? "" : "?" + query))
                    .normalize();
        } catch (URISyntaxException e) {
            return uri;
        }
    }

    private static boolean tracking(String param) {
        return param.startsWith("utm_") || param.startsWith("fbclid=") || param.startsWith("gclid=");
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }
}
