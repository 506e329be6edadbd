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
            "hide ad", "advertisement", "advert", "skip advert", "source link", "follow live updates here",
            "comment guidelines", "share", "share this article", "share this", "read more", "read next",
            "sign up", "subscribe", "most read", "related articles", "related", "comments", "show comments",
            "copy link", "listen to this article", "more on this story", "visit shots! now");

    private static final List<Pattern> PATTERNS = List.of(
            // Icon sprites: "Facebook An icon of the Facebook mark." repeated.
            Pattern.compile("(?i)(\\ban icon\\b.*){2,}"),
            Pattern.compile("(?i)^watch more of our videos\\b"),
            Pattern.compile("(?i)^and live on freeview\\b"),
            Pattern.compile("(?i)^(follow|read) (our )?live (updates|coverage|blog)\\b.{0,40}$"),
            Pattern.compile("(?i)\\bencourages reader discussion\\b|\\bcommunity guidelines before commenting\\b"),
            Pattern.compile("(?i)^(sign up|subscribe) (to|for) (our|the) .{0,60}newsletter"),
            Pattern.compile("(?i)^(share|tweet|email) (on|via|this)\\b.{0,30}$"),
            Pattern.compile("(?i)^(click|tap) here\\b.{0,80}$"),
            // Photo captions end with a credit.
            Pattern.compile("\\.\\s*(Photo|Picture|Image|Credit)s?:\\s*[^.]{2,120}$"),
            Pattern.compile("\\((?:Image|Photo|Picture|Credit)s?:[^)]{1,80}\\)"),
            Pattern.compile("\\((?:REUTERS|Reuters|AP|AFP|EPA|PA|Getty Images|Shutterstock|Alamy|[A-Z][\\w./ -]{0,30} via [\\w ./-]{2,40})\\)\\s*$"),
            Pattern.compile("^\\s*©"));

    private PageDebris() {
    }

    static boolean isDebris(String line) {
        String lower = line.toLowerCase(Locale.ROOT).replaceAll("[\\s.:!]+$", "");
        if (WHOLE_LINES.contains(lower)) {
            return true;
        }
        for (Pattern pattern : PATTERNS) {
            if (pattern.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A short line with no sentence ending after the headline: a caption remnant, a byline, a
     * credit ("Reuters contributed to this report"). Report text is made of sentences.
     */
    static boolean isStrayFragment(String line) {
        int words = line.split(" ").length;
        return words <= 5 && !line.matches(".*[.!?:\"”’)]$");
    }
}
