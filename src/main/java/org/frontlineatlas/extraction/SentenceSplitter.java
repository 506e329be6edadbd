package org.frontlineatlas.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits cleaned text into sentences (never across a paragraph), keeping offsets into the text. */
final class SentenceSplitter {

    record Span(int start, int end) {}

    // Footnote marks after the stop ("dry dock.[4] Ukrainian ...", assessments' layout) belong to it.
    // A match may start only at the first mark of a run, and the run is taken possessively: on a
    // long run of dots with no space after it ("....", a pasted rule) a plain [.!?…]+ retried from
    // every dot and backtracked through the rest, quadratic in the run's length.
    private static final Pattern BOUNDARY =
            Pattern.compile("(?<![.!?…])[.!?…]++[\"”’')\\]]*+(?:\\[\\d{1,3}\\])*+\\s++(?=[\"“‘(\\[]?[A-Z0-9])");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "gen", "col", "lt", "st", "no", "vs", "jr", "sr", "prof", "sen", "rep", "gov",
            "maj", "capt", "sgt", "u.s", "u.k", "u.n", "e.g", "i.e", "lt.col");

    private SentenceSplitter() {}

    static List<Span> split(String text) {
        List<Span> out = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            splitParagraph(text, paragraphStart, paragraphEnd, out);
            paragraphStart = paragraphEnd + 2;
        }
        return out;
    }

    private static void splitParagraph(String text, int from, int to, List<Span> out) {
        Matcher m = BOUNDARY.matcher(text).region(from, to);
        int start = from;
        while (m.find()) {
            if (isAbbreviation(text, start, m.start()) || isMonthBeforeDay(text, start, m.start(), m.end())) {
                continue;
            }
            int end = m.end();
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            out.add(new Span(start, end));
            start = m.end();
        }
        int end = to;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, end));
        }
    }

    private static final Set<String> MONTH_ABBREVIATIONS =
            Set.of("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** "retaken on Sept. 19", "Aug. 23, 2024": a month's abbreviation before a day ends no sentence. */
    private static boolean isMonthBeforeDay(String text, int sentenceStart, int dot, int next) {
        int wordStart = dot;
        while (wordStart > sentenceStart && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        return next < text.length()
                && Character.isDigit(text.charAt(next))
                && MONTH_ABBREVIATIONS.contains(text.substring(wordStart, dot).toLowerCase(java.util.Locale.ROOT));
    }

    private static boolean isOpening(char c) {
        return c == '"' || c == '“' || c == '(';
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int wordStart = dot;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        while (wordStart < dot && isOpening(text.charAt(wordStart))) {
            wordStart++; // the quote or bracket that opens the sentence is not part of the word
        }
        String word = text.substring(wordStart, dot).toLowerCase(java.util.Locale.ROOT);
        return ABBREVIATIONS.contains(word) || word.length() == 1 && Character.isLetter(word.charAt(0));
    }
}
