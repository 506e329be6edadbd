package org.frontlineatlas.ingest.web;

import java.net.URI;

/** What an address answered, after redirects: where it came from, its media type and its bytes. */
public record FetchedBody(URI uri, String contentType, byte[] bytes) {

    /** The media type without parameters, lower case; empty when the server sent none. */
    public String mediaType() {
        if (contentType == null) {
            return "";
        }
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(java.util.Locale.ROOT);
    }
}
