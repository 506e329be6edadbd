package org.frontlineatlas.extraction;

/** Input that is not an article we can read (empty, binary, too large). The message is one line. */
public final class InvalidArticleException extends IllegalArgumentException {
    public InvalidArticleException(String message) {
        super(message);
    }
}
