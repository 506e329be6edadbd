package org.frontlineatlas.extraction;

/** A date expression found in a sentence: its span in that sentence and what it resolves to. */
public record DateMention(String text, int start, int end, ResolvedDate date) {}
