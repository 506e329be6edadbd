package org.frontlineatlas.extraction;

/**
 * One source sentence of an event: the sentence as it stands in the cleaned article text
 * ({@link ArticleText#text()}) and its character offsets there, {@code start} inclusive,
 * {@code end} exclusive. Offsets always refer to the cleaned text, never the raw file.
 */
public record EventQuote(String quote, int start, int end) {
}
