package org.frontlineatlas.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The fast word-start search must find exactly what Matcher.find() finds, or the extraction changes. */
class WordStartPatternTest {

    private static final List<String> REGEXES = List.of(
            "(?i)\\b(?:missiles?|air ?strikes?|shell(?:ing|ed)|hit by|\\d[\\d,]* (?:dead|casualties))\\b",
            "(?i)\\b(?:(last|this|on|next)\\s*)?(Monday|Tuesday|Sunday)\\b",
            "(?i)\\b(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})\\b",
            "(?i)\\b(?:a|one|the)\\s+day\\s+(?:prior|earlier|before)\\b(?!\\s+yesterday)|\\bthe\\s+previous\\s+day\\b",
            "(?i)\\b(?:in|on|at|near)\\s+(?:the\\s+)?$",
            "\\b[A-Z][a-z]+ (?:Oblast|region)\\b",
            "(?i)\\b(?:not|n't|would|may)\\b",
            // Openings that differ only in the third character, a space or the end of the text.
            "(?i)\\b(?:in\\s+order\\s+to|intend\\w*|the\\s+way|thwarted|a\\s+day|an?\\b)",
            "\\b(?:at|storm(?:ed|ing)|strikes?|aid)\\b",
            "(?i)\\b(?:storm(?:ed|ing)|(?-i:AID)|[A-Z]{2}\\d)\\b");

    @Test
    void findsWhatMatcherFindFindsInTheSeedsAndInSyntheticReports() throws Exception {
        List<String> texts = new ArrayList<>(SyntheticArticles.articles(7, 20, 3000));
        for (String file : SeedAnnotations.FILES) {
            texts.add(Files.readString(SeedEvaluationTest.SEEDS.resolve(file)));
        }
        texts.add("ON MONDAY, on  Sunday and lastMonday; 3/4/2022 and 31-12-2023, don't (not) 1,200 dead; é missile");
        texts.add("in order to in\torder to intended in-order to, the\u00a0way thewaythwarted a day a\nday a, an");
        texts.add("at storms, stormed at, a strike aid aid, aide stormy at");
        // Case-blind patterns are asked about lower case only: upper and mixed case must find the same.
        for (String text : List.copyOf(texts.subList(0, 5))) {
            texts.add(text.toUpperCase(Locale.ROOT));
        }
        texts.add("In Order To iN oRDER tO The Way STORMED Stormed sTorMed AID Aid aid ab1 AB1 Ab1");
        texts.add("a");
        texts.add("storm");
        for (String regex : REGEXES) {
            WordStartPattern fast = WordStartPattern.compile(regex);
            for (String text : texts) {
                assertEquals(
                        matches(Pattern.compile(regex).matcher(text)), fast(fast.finder(WordStarts.of(text))), regex);
            }
        }
    }

    @Test
    void triesOnlyWordsWhoseFirstThreeCharactersCanBeginAMatch() {
        WordStartPattern storm = WordStartPattern.compile("\\b(?:storm(?:ed|ing)|strikes?)\\b");
        // Word starts: troops, stay, stormed, st. "stay" shares "st" with both words but not "sto" or "str".
        WordStarts words = WordStarts.of("troops stay; stormed st-");
        assertEquals(List.of(false, false, true, true), candidates(storm, words));
        // A space third rules out "intend" for "in order" and "in" alone; a sign third lets the pattern decide.
        WordStartPattern inOrder = WordStartPattern.compile("(?i)\\b(?:in\\s+order\\s+to|intend\\w*)");
        WordStarts phrases = WordStarts.of("in order, intended, inside, in\torder, on");
        assertEquals(List.of(true, false, true, false, true, false, false), candidates(inOrder, phrases));
        assertEquals(
                List.of("0:in order to:", "19:in\torder to:"),
                fast(inOrder.finder(WordStarts.of("in order to go in, in\torder to"))));
        WordStartPattern inAlone = WordStartPattern.compile("(?i)\\bintend\\w*");
        assertEquals(List.of(false, false, true), candidates(inAlone, WordStarts.of("in order intends")));
        WordStartPattern anyCase = WordStartPattern.compile("(?i)\\bstorm");
        assertEquals(
                List.of(true, true, true, false, false, true),
                candidates(anyCase, WordStarts.of("STORM Storm sToRm STAY Stay sto")));
    }

    private static List<Boolean> candidates(WordStartPattern pattern, WordStarts words) {
        List<Boolean> out = new ArrayList<>();
        for (int i = 0; i < words.count(); i++) {
            out.add(pattern.canBeginAt(words, i));
        }
        return out;
    }

    @Test
    void refusesAPatternThatCanMatchInsideAWord() {
        // Checked by an assertion: the test run enables assertions.
        assertThrows(AssertionError.class, () -> WordStartPattern.compile("(?i)strike"));
        assertThrows(AssertionError.class, () -> WordStartPattern.compile("(?i)\\b(last)?\\s*Monday"));
    }

    private static List<String> matches(Matcher m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + ":" + m.group() + ":" + (m.groupCount() > 0 ? m.group(1) : ""));
        }
        return out;
    }

    private static List<String> fast(WordStartPattern.Finder m) {
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.start() + ":" + m.group() + ":"
                    + (m.match().groupCount() > 0 ? m.match().group(1) : ""));
        }
        return out;
    }
}
