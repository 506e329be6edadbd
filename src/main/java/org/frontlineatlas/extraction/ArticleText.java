package org.frontlineatlas.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.frontlineatlas.events.GeoEvent;

/**
 * An article reduced to its report: the title, the cleaned text (paragraphs separated by a blank
 * line, the title first when there is one), the publication date the text states and a year hint
 * ("© … 2022"). Character offsets of events and quotes always refer to {@link #text()}.
 *
 * @param title         the detected title, or the opening of the first sentence when none is marked
 * @param titleDetected whether the text marked a title (HTML title/h1, Markdown heading, a headline line)
 * @param text          the cleaned text
 * @param published     the publication date the text states (dateline, "Published:", "Updated:", meta)
 * @param yearHint      a year from a copyright line, when the text has no full date
 * @param format        plain, markdown or html
 */
public record ArticleText(
        String title,
        boolean titleDetected,
        String text,
        Optional<LocalDate> published,
        OptionalInt yearHint,
        String format) {

    private static final DateResolver DATES = new DateResolver();

    private static final Pattern STAMP = Pattern.compile(
            "(?i)^\\s*(first published|published|posted|last updated|updated|date)\\b\\s*(?:on|at)?\\s*[:\\-–]?\\s*(.{4,60})$");
    private static final Pattern COPYRIGHT = Pattern.compile(
            "(?i)\\(?\\s*(?:©|\\(c\\)|copyright)\\s*([^()\\n]{0,80}?)\\b((?:19|20)\\d{2})\\b[^()\\n]{0,40}\\)?");
    private static final Pattern TRAILING_COPYRIGHT = Pattern.compile("\\s*\\(\\s*©[^()]*\\)\\s*$");
    private static final Pattern MARKDOWN_HEADING = Pattern.compile("(?m)^#{1,6} \\S");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[[^\\]\\n]+\\]\\((?:https?:|/)");
    private static final Pattern TAG =
            Pattern.compile("</?(p|div|span|a|h[1-6]|br|script|article|section|li|ul)\\b[^>]*>");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?]$");

    /** Parses raw article text; {@code nameOrMediaType} (file name or media type) helps tell HTML/Markdown. */
    public static ArticleText parse(String raw, String nameOrMediaType) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidArticleException("the article is empty");
        }
        String hint = nameOrMediaType == null ? "" : nameOrMediaType.toLowerCase(Locale.ROOT);
        String format = detectFormat(raw, hint);
        String markedTitle = null;
        LocalDate metaDate = null;
        String body;
        switch (format) {
            case "html" -> {
                HtmlToText.Result html = HtmlToText.convert(raw);
                markedTitle = html.title();
                metaDate = html.published();
                body = html.text();
            }
            case "markdown" -> {
                MarkdownToText.Result md = MarkdownToText.convert(raw);
                markedTitle = md.title();
                body = md.text();
            }
            default -> body = raw;
        }
        return clean(body, markedTitle, metaDate, format);
    }

    /** The date to resolve against: the editor's when given, else the one the text states. */
    public Optional<LocalDate> effectivePublished(LocalDate editorsDate) {
        return editorsDate != null ? Optional.of(editorsDate) : published;
    }

    private static String detectFormat(String raw, String hint) {
        if (hint.contains("html") || hint.endsWith(".htm")) {
            return "html";
        }
        if (hint.contains("markdown") || hint.endsWith(".md")) {
            return "markdown";
        }
        String head = raw.substring(0, Math.min(raw.length(), 4000)).toLowerCase(Locale.ROOT);
        if (head.contains("<!doctype html")
                || head.contains("<html")
                || head.contains("<body")
                || countTags(head) >= 3) {
            return "html";
        }
        // Each pattern is tried only when the sign it needs is there.
        if (head.indexOf('#') >= 0 && MARKDOWN_HEADING.matcher(head).find()
                || head.contains("](") && MARKDOWN_LINK.matcher(head).find()) {
            return "markdown";
        }
        return "plain";
    }

    private static int countTags(String head) {
        if (head.indexOf('<') < 0) {
            return 0;
        }
        Matcher m = TAG.matcher(head);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static ArticleText clean(String body, String markedTitle, LocalDate metaDate, String format) {
        String normalised =
                withoutZeroWidth(body.replace("\r\n", "\n").replace('\r', '\n').replace('\u00a0', ' '));
        LocalDate published = metaDate;
        LocalDate updated = null;
        Integer year = null;
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String title = markedTitle == null ? null : collapse(markedTitle);
        if (title != null && !title.isEmpty()) {
            kept.add(title);
            seen.add(key(title));
        } else {
            title = null;
        }
        for (String rawLine : normalised.split("\n")) {
            String line = collapse(rawLine);
            if (line.isEmpty()) {
                continue;
            }
            if (mayHaveCopyright(line)) {
                Matcher copyright = COPYRIGHT.matcher(line);
                if (copyright.find()) {
                    year = Integer.parseInt(copyright.group(2));
                }
            }
            Matcher stamp = STAMP.matcher(line);
            if (stamp.matches()) {
                Optional<LocalDate> date = DATES.parseAbsolute(stamp.group(2));
                if (date.isPresent()) {
                    if (stamp.group(1).toLowerCase(Locale.ROOT).contains("updated")) {
                        updated = updated == null ? date.get() : updated;
                    } else if (published == null) {
                        published = date.get();
                    }
                    continue;
                }
            }
            if (wordCount(line) <= 6
                    && DATES.parseAbsolute(line).isPresent()
                    && !SENTENCE_END.matcher(line).matches()) {
                published = published == null ? DATES.parseAbsolute(line).get() : published;
                continue; // a bare date line is a dateline, not report text
            }
            if (line.indexOf('©') >= 0) {
                line = TRAILING_COPYRIGHT.matcher(line).replaceAll("");
            }
            if (line.isEmpty() || PageDebris.isDebris(line)) {
                continue;
            }
            if (!seen.add(key(line))) {
                continue; // repeated headline or caption
            }
            if (title == null && kept.isEmpty() && looksLikeHeadline(line)) {
                title = line;
                kept.add(line);
                continue;
            }
            if (PageDebris.isStrayFragment(line)) {
                continue;
            }
            kept.add(line);
        }
        if (kept.isEmpty()) {
            throw new InvalidArticleException("the article has no report text after removing page debris");
        }
        boolean detected = title != null;
        if (title == null) {
            title = openingOf(kept.get(0));
        }
        if (published == null) {
            published = updated;
        }
        // A stated date no report we store can carry ("Published: 9999-12-31", a year-0 typo) is not
        // a publication date: dating events against it would put them outside the map's calendar.
        if (published != null && (published.isBefore(GeoEvent.EARLIEST) || published.isAfter(GeoEvent.LATEST))) {
            published = null;
        }
        return new ArticleText(
                title,
                detected,
                String.join("\n\n", kept),
                Optional.ofNullable(published),
                year == null ? OptionalInt.empty() : OptionalInt.of(year),
                format);
    }

    /** A headline: short, no full stop at the end (a question mark is fine). */
    private static boolean looksLikeHeadline(String line) {
        int words = wordCount(line);
        return words >= 3 && words <= 30 && !line.endsWith(".") && !line.endsWith(",");
    }

    private static String openingOf(String paragraph) {
        int end = paragraph.indexOf(". ");
        String first = end > 0 ? paragraph.substring(0, end) : paragraph;
        if (first.length() <= 100) {
            return first;
        }
        // Cut at a word break; an opening with no space near the start (a URL, a pasted blob) is cut
        // at 97, never inside a surrogate pair.
        int cut = first.lastIndexOf(' ', 97);
        if (cut <= 0) {
            cut = Character.isLowSurrogate(first.charAt(97)) ? 96 : 97;
        }
        return first.substring(0, cut) + "…";
    }

    /** Runs of spaces, tabs and form feeds become one space; then strip(). */
    private static String collapse(String line) {
        StringBuilder out = null;
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            boolean blank = c == ' ' || c == '\t' || c == '\f';
            if (blank && (c != ' ' || i + 1 < n && isBlank(line.charAt(i + 1)))) {
                if (out == null) {
                    out = new StringBuilder(n).append(line, 0, i); // copy only lines that change
                }
                out.append(' ');
                while (i + 1 < n && isBlank(line.charAt(i + 1))) {
                    i++;
                }
            } else if (out != null) {
                out.append(c);
            }
        }
        return (out == null ? line : out.toString()).strip();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f';
    }

    /** Zero-width spaces and joiners and the byte-order mark removed (most texts have none: no copy). */
    private static String withoutZeroWidth(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isZeroWidth(text.charAt(i))) {
                StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
                for (int j = i + 1; j < text.length(); j++) {
                    if (!isZeroWidth(text.charAt(j))) {
                        out.append(text.charAt(j));
                    }
                }
                return out.toString();
            }
        }
        return text;
    }

    private static boolean isZeroWidth(char c) {
        return c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff';
    }

    /** What {@link #COPYRIGHT} needs: "©", "(c)" or "copyright" in any case. */
    private static boolean mayHaveCopyright(String line) {
        if (line.indexOf('©') >= 0) {
            return true;
        }
        String lower = line.toLowerCase(Locale.ROOT);
        return lower.contains("(c)") || lower.contains("copyright");
    }

    /** The number of words as {@code line.split(" ").length} counts them, without making the pieces. */
    static int wordCount(String line) {
        int spaces = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == ' ') {
                spaces++;
            }
        }
        if (spaces == 0) {
            return 1;
        }
        if (spaces == line.length()) {
            return 0; // split drops trailing empty pieces, and here every piece is empty
        }
        int trailing = 0;
        while (line.charAt(line.length() - 1 - trailing) == ' ') {
            trailing++;
        }
        return spaces + 1 - trailing;
    }

    private static String key(String line) {
        return line.toLowerCase(Locale.ROOT);
    }
}
