package org.frontlineatlas.security;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * The Content-Security-Policy the pages are served with. What the app needs, measured in the browser
 * tests (which fail on any violation):
 * <ul>
 * <li>scripts only from our own origin, plus {@code 'unsafe-inline'} (Vaadin's bootstrap page carries
 * inline scripts) and {@code 'unsafe-eval'} (Flow's client runs server-sent JS such as
 * {@code callJsFunction} through {@code new Function});</li>
 * <li>inline styles (Lumo, Leaflet's positioning, our colour swatches);</li>
 * <li>images from our origin, {@code data:} URIs, and the optional online tile layer's host;</li>
 * <li>connections (Vaadin's XHR and push websocket) only to our origin;</li>
 * <li>nothing embedded (no object/embed), forms post only to us, no {@code <base>} tricks.</li>
 * </ul>
 * Framing is the one thing that differs by page: {@code frame-ancestors 'none'} everywhere except the
 * embed map, which other sites may frame (by default any, or a configured list of origins).
 */
public final class ContentSecurityPolicy {

    private final String common;
    private final String embedAncestors;

    /**
     * @param tilesUrl        the configured online tile template (atlas.tiles.url), empty for none
     * @param embedAncestors  who may frame /embed: "*" or a space-separated list of origins
     */
    public ContentSecurityPolicy(String tilesUrl, String embedAncestors) {
        String tiles = tileSource(tilesUrl).map(s -> " " + s).orElse("");
        this.common = "default-src 'self'; "
                + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data: blob:" + tiles + "; "
                + "font-src 'self' data:; "
                + "connect-src 'self'; "
                + "object-src 'none'; "
                + "base-uri 'self'; "
                + "form-action 'self'; ";
        this.embedAncestors = sanitizeAncestors(embedAncestors);
    }

    /** For every page but the embed: may not be framed at all. */
    public String forPages() {
        return common + "frame-ancestors 'none'";
    }

    /** For the embed map: framed by the configured ancestors. */
    public String forEmbed() {
        return common + "frame-ancestors " + embedAncestors;
    }

    /**
     * The CSP source for a Leaflet tile template: scheme and host, with a {@code {s}} subdomain
     * placeholder widened to a wildcard ({@code https://{s}.tile.example.org/...} →
     * {@code https://*.tile.example.org}). An unusable template adds nothing (the tiles then fail to
     * load, which is what a broken URL does anyway).
     */
    static Optional<String> tileSource(String tilesUrl) {
        if (tilesUrl == null || tilesUrl.isBlank()) {
            return Optional.empty();
        }
        String template = tilesUrl.strip();
        int schemeEnd = template.indexOf("://");
        if (schemeEnd <= 0) {
            return Optional.empty();
        }
        String scheme = template.substring(0, schemeEnd).toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.empty();
        }
        String rest = template.substring(schemeEnd + 3);
        int hostEnd = indexOfAny(rest, "/?#");
        String hostPort = (hostEnd < 0 ? rest : rest.substring(0, hostEnd)).replace("{s}", "*");
        if (hostPort.startsWith("*.")) {
            // Check what follows the wildcard is a real host name.
            return validHost(scheme, hostPort.substring(2)).map(h -> scheme + "://*." + h);
        }
        return validHost(scheme, hostPort).map(h -> scheme + "://" + h);
    }

    private static Optional<String> validHost(String scheme, String hostPort) {
        try {
            URI uri = new URI(scheme + "://" + hostPort);
            if (uri.getHost() == null || uri.getUserInfo() != null) {
                return Optional.empty();
            }
            return Optional.of(uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Keeps a configured ancestor list from breaking out of its directive (no ';' or ','). */
    private static String sanitizeAncestors(String ancestors) {
        if (ancestors == null || ancestors.isBlank()) {
            return "*";
        }
        String cleaned = ancestors.replaceAll("[;,\\r\\n]", " ").strip().replaceAll("\\s+", " ");
        return cleaned.isEmpty() ? "*" : cleaned;
    }
}
