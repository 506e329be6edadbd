package org.frontlineatlas.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Generators of hostile input for the fuzz properties: random unicode (lone surrogates, NUL and
 * control characters included), HTML and script fragments, deeply nested tags, huge tokens, and
 * date-like or place-like words that steer the parsers into their less travelled paths.
 */
public final class HostileText {

    /** Each call must finish within this, or the property fails (a hang, catastrophic backtracking). */
    public static final Duration PER_INPUT = Duration.ofSeconds(2);

    static final List<String> FRAGMENTS = List.of(
            "<script>alert(1)</script>",
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<br>",
            "<a href=\"javascript:x\">",
            "</a>",
            "<!--",
            "-->",
            "<![CDATA[",
            "]]>",
            "<title>",
            "</title>",
            "<h1>",
            "</h1>",
            "<img src=x onerror=alert(1)>",
            "<meta property=\"article:published_time\" content=\"3000-99-99\">",
            "&amp;",
            "&#0;",
            "&#x110000;",
            "&nbsp;",
            "\u0000",
            "\u0001",
            "\u001b[31m",
            "\r",
            "\n",
            "\r\n",
            "\t",
            "\uFEFF",
            "\u202E",
            "\u2028",
            "\uD800",
            "\uDFFF",
            "\uD83D\uDE00",
            "Kharkiv",
            "Bakhmut",
            "Pokrovsk",
            "Odesa",
            "Tokmak",
            "Харків",
            "Київ",
            "Zaporizhzhia oblast",
            "31 February",
            "30000-01-01",
            "2022-02-30",
            "0000-00-00",
            "9999-12-31",
            "on Monday",
            "on Sunday",
            "yesterday",
            "last night",
            "last week",
            "last month",
            "this morning",
            "in May",
            "in February 2024",
            "5 July 2023",
            "29 February 2023",
            "December 31, 1999",
            "2022-02-24",
            "Published: ",
            "Updated: 99 March 2022",
            "Date:",
            "# ",
            "## ",
            "[link](http://x)",
            "©",
            "(c) 2023",
            ". ",
            "! ",
            "? ",
            "  ",
            "0",
            "-1",
            "9999999999999999999999",
            "1e400",
            "NaN",
            "Infinity",
            "near",
            "north of",
            "outside",
            "killed",
            "shelled",
            "captured",
            "liberated",
            "Russian forces",
            "Ukrainian troops",
            "said",
            "\"",
            "'",
            "“",
            "”",
            "(",
            ")",
            "[",
            "]",
            ",",
            ";",
            ":",
            "-",
            "–");

    private HostileText() {}

    /** A string a user, a scraper or an attacker might hand the app. */
    public static Arbitrary<String> any() {
        return Arbitraries.frequencyOf(java.util.List.of(
                Tuple(4, Arbitraries.strings().all().ofMaxLength(400)),
                Tuple(6, mixed(60)),
                Tuple(1, hugeToken()),
                Tuple(1, nestedTags()),
                Tuple(1, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(200))));
    }

    /** Words and fragments strung together: reads almost like an article, breaks like a fuzz case. */
    public static Arbitrary<String> mixed(int maxPieces) {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(FRAGMENTS),
                Arbitraries.strings().all().ofMaxLength(12),
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10));
        return piece.list().ofMaxSize(maxPieces).map(parts -> String.join(" ", parts));
    }

    /** One token of 10,000 to 200,000 characters: a pasted blob, a minified script. */
    public static Arbitrary<String> hugeToken() {
        return Arbitraries.of("a", "Ж", "9", "-", "<", ".", "Kharkiv", "2022", "\u0000", "&#")
                .flatMap(unit ->
                        Arbitraries.integers().between(10_000, 200_000).map(n -> unit.repeat(n / unit.length())));
    }

    /** Up to 20,000 levels of nested tags around a sentence. */
    public static Arbitrary<String> nestedTags() {
        return Arbitraries.integers()
                .between(100, 20_000)
                .map(n -> "<html><body>" + "<div><span>".repeat(n) + "Shelling in Kharkiv on Monday."
                        + "</span></div>".repeat(n));
    }

    private static net.jqwik.api.Tuple.Tuple2<Integer, Arbitrary<String>> Tuple(int weight, Arbitrary<String> a) {
        return net.jqwik.api.Tuple.of(weight, a);
    }

    /** Runs one call under the per-input time bound. */
    public static <T> T bounded(Supplier<T> call) {
        return assertTimeoutPreemptively(PER_INPUT, call::get);
    }
}
