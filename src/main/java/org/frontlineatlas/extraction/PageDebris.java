package org.frontlineatlas.extraction;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises lines of a web page that are not the report: icon and share-button labels, ad slots,
 * promotions, comment rules, photo captions with their credits, "Source link". Works line by line
 * so that a report sentence is never cut in half.
 */
final class PageDebris {

    private static final List<String> WHOLE_LINES = List.of(
            "hide ad",
            "advertisement",
            "advert",
            "skip advert",
            "source link",
            "follow live updates here",
            "comment guidelines",
            "share",
            "share this article",
            "share this",
            "read more",
            "read next",
            "sign up",
            "subscribe",
            "most read",
            "related articles",
            "related",
            "comments",
            "show comments",
            "copy link",
            "listen to this article",
            "more on this story",
            "visit shots! now");

    /** The longest whole line above: a longer line is never one of them. */
    private static final int LONGEST_WHOLE_LINE =
            WHOLE_LINES.stream().mapToInt(String::length).max().orElse(0);

    /** Openings of debris lines (tried with lookingAt(): a match can only begin at the start). */
    private static final List<Pattern> OPENINGS = List.of(
            Pattern.compile("(?i)watch more of our videos\\b"),
            Pattern.compile("(?i)and live on freeview\\b"),
            Pattern.compile("(?i)(follow|read) (our )?live (updates|coverage|blog)\\b.{0,40}$"),
            Pattern.compile("(?i)(sign up|subscribe) (to|for) (our|the) .{0,60}newsletter"),
            Pattern.compile("(?i)(share|tweet|email) (on|via|this)\\b.{0,30}$"),
            Pattern.compile("(?i)(click|tap) here\\b.{0,80}$"),
            // Links to other stories: "READ MORE: ...", "Related: ...", "See also - ...".
            Pattern.compile(
                    "(?i)(?:read more|read also|also read|related(?: coverage| stories| articles?)?|see also|more on this|watch|listen|explainer|opinion|analysis)\\s*[:|»>–—-]"),
            Pattern.compile("\\s*©"));

    /** Phrases anywhere in the line. */
    private static final List<WordStartPattern> PHRASES = List.of(
            // Icon sprites: "Facebook An icon of the Facebook mark." repeated.
            WordStartPattern.compile("(?i)(\\ban icon\\b.*){2,}"),
            WordStartPattern.compile(
                    "(?i)\\bencourages reader discussion\\b|\\bcommunity guidelines before commenting\\b"));

    /** A pattern that can only match a line containing {@code sign}: most lines are skipped without running it. */
    private record Signed(char sign, Pattern pattern) {}

    /** Photo captions end with a credit. */
    private static final List<Signed> CREDITS = List.of(
            new Signed(':', Pattern.compile("\\.\\s*(Photo|Picture|Image|Credit)s?:\\s*[^.]{2,120}$")),
            new Signed(':', Pattern.compile("\\((?:Image|Photo|Picture|Credit)s?:[^)]{1,80}\\)")),
            new Signed(
                    '(',
                    Pattern.compile(
                            "\\((?:REUTERS|Reuters|AP|AFP|EPA|PA|Getty Images|Shutterstock|Alamy|[A-Z][\\w./ -]{0,30} via [\\w ./-]{2,40})\\)\\s*$")));

    private PageDebris() {}

    static boolean isDebris(String line) {
        int end = line.length();
        while (end > 0 && isTrailingSign(line.charAt(end - 1))) {
            end--; // "Share:" and "Advertisement." are the same whole lines
        }
        // Lower-casing never shrinks text below half its length, so a longer line cannot be a whole line.
        if (end <= 2 * LONGEST_WHOLE_LINE
                && WHOLE_LINES.contains(line.substring(0, end).toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (Pattern opening : OPENINGS) {
            if (opening.matcher(line).lookingAt()) {
                return true;
            }
        }
        WordStarts words = WordStarts.of(line);
        for (WordStartPattern phrase : PHRASES) {
            if (phrase.foundIn(words)) {
                return true;
            }
        }
        for (Signed credit : CREDITS) {
            if (line.indexOf(credit.sign()) >= 0
                    && credit.pattern().matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /** The characters of {@code [\\s.:!]}. */
    private static boolean isTrailingSign(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '.' || c == ':'
                || c == '!';
    }

    /**
     * A short line with no sentence ending after the headline: a caption remnant, a byline, a
     * credit ("Reuters contributed to this report"). Report text is made of sentences.
     */
    static boolean isStrayFragment(String line) {
        return ArticleText.wordCount(line) <= 5 && !line.matches(".*[.!?:\"”’)]$");
    }
}
