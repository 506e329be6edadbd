package org.frontlineatlas.extraction;

import org.frontlineatlas.events.PinEvidence;

/**
 * One source sentence of an event: the sentence as it stands in the cleaned article text
 * ({@link ArticleText#text()}) and its character offsets there, {@code start} inclusive,
 * {@code end} exclusive. Offsets always refer to the cleaned text, never the raw file.
 * {@code evidence} says why the sentence made a pin (null only for quotes built by hand).
 */
public record EventQuote(String quote, int start, int end, PinEvidence evidence) {

    public EventQuote(String quote, int start, int end) {
        this(quote, start, end, null);
    }
}
