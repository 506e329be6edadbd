package org.frontlineatlas.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strips Markdown syntax to plain lines: images go, links keep their words, the first heading is the title. */
final class MarkdownToText {

    record Result(String title, String text) {}

    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");

    private MarkdownToText() {}

    static Result convert(String md) {
        String text = md.replaceAll("(?s)```.*?```", "")
                .replaceAll("!\\[[^\\]]*\\]\\([^)]*\\)", "")
                .replaceAll("\\[([^\\]]+)\\]\\([^)]*\\)", "$1")
                .replaceAll("<[^>\\n]{1,200}>", "")
                .replaceAll("(?m)^\\s{0,3}>\\s?", "")
                .replaceAll("(?m)^\\s*(?:[-*+]|\\d+\\.)\\s+", "")
                .replaceAll("(?m)^\\s*(?:-{3,}|\\*{3,}|_{3,})\\s*$", "")
                .replaceAll("\\*\\*|__", "")
                .replaceAll("(?<![\\w*])[*_](?=\\S)([^*_\\n]+?)(?<=\\S)[*_](?![\\w*])", "$1")
                .replaceAll("`([^`\\n]+)`", "$1");
        String title = null;
        Matcher heading = HEADING.matcher(text);
        if (heading.find()) {
            title = heading.group(1).strip();
        }
        text = HEADING.matcher(text).replaceAll("$1");
        if (title != null) {
            // The title is put back first by ArticleText; drop its first occurrence here.
            int at = text.indexOf(title);
            if (at >= 0) {
                text = text.substring(0, at) + text.substring(at + title.length());
            }
        }
        return new Result(title, text);
    }
}
