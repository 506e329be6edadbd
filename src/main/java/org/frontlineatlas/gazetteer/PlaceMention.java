package org.frontlineatlas.gazetteer;

/**
 * A resolved place name in a text.
 *
 * @param text       the name as written
 * @param start      char offset of the first character
 * @param end        char offset after the last character (exclusive)
 * @param confidence 0..1, how sure the resolver is of the choice among candidates
 */
public record PlaceMention(Place place, String text, int start, int end, double confidence) {}
