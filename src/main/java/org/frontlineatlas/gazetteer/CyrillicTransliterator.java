package org.frontlineatlas.gazetteer;

import com.ibm.icu.text.Transliterator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Latin spellings of Cyrillic place names the way the press writes them, with ICU4J rule-based
 * transliterators:
 * <ul>
 * <li>Ukrainian national standard (Cabinet of Ministers resolution 55 of 2010): Kyiv, Zaporizhzhia,
 * Klishchiivka; word-initial є ї й ю я as ye yi y yu ya, elsewhere ie i i iu ia;</li>
 * <li>Ukrainian in the BGN/PCGN manner older maps use: Zaporizhzhya, Klishchiyivka;</li>
 * <li>Russian BGN/PCGN-like: Kharkov, Zaporozhye, Nikolayev;</li>
 * <li>Russian as English papers simplify it: Kiev, Seversky Donets, Artemovsk.</li>
 * </ul>
 * Output is lower case; the gazetteer compares folded names, so case does not matter.
 * Rules see the text before the cursor already in Latin, so contexts are written in Latin letters.
 * ICU transliterators are not thread-safe for concurrent use, so the methods synchronise.
 */
public final class CyrillicTransliterator {

    private static final String COMMON = """
            а > a ; б > b ; в > v ; д > d ; ж > zh ; з > z ; к > k ; л > l ; м > m ; н > n ;
            о > o ; п > p ; р > r ; с > s ; т > t ; у > u ; ф > f ; х > kh ; ц > ts ; ч > ch ;
            ш > sh ; щ > shch ; ь > ; ъ > ; ['ʼ’`] > ;
            """;

    private static final String UKRAINIAN_NATIONAL = """
            :: NFC ; :: Lower ;
            з } г > z ; г > h ; ґ > g ; е > e ; и > y ; і > i ;
            [^[:L:]] { є > ye ; є > ie ;
            [^[:L:]] { ї > yi ; ї > i ;
            [^[:L:]] { й > y ; й > i ;
            [^[:L:]] { ю > yu ; ю > iu ;
            [^[:L:]] { я > ya ; я > ia ;
            ё > io ; ы > y ; э > e ;
            """ + COMMON;

    private static final String UKRAINIAN_BGN = """
            :: NFC ; :: Lower ;
            г > h ; ґ > g ; е > e ; и > y ; і > i ;
            є > ye ; ї > yi ; й > y ; ю > yu ; я > ya ;
            ё > yo ; ы > y ; э > e ;
            """ + COMMON;

    private static final String RUSSIAN_BGN = """
            :: NFC ; :: Lower ;
            ье > ye ; ъе > ye ; ьё > yo ; ъё > yo ;
            [^[:L:]] { е > ye ; [aeiouy] { е > ye ; е > e ;
            ё > yo ; г > g ; и > i ; й > y ; ы > y ; э > e ; ю > yu ; я > ya ;
            і > i ; ї > yi ; є > ye ; ґ > g ;
            """ + COMMON;

    private static final String RUSSIAN_SIMPLE = """
            :: NFC ; :: Lower ;
            [^[:L:]] { е > ye ; е > e ;
            ий } [^[:L:]] > y ; ый } [^[:L:]] > y ;
            ё > e ; г > g ; и > i ; й > y ; ы > y ; э > e ; ю > yu ; я > ya ;
            і > i ; ї > yi ; є > ye ; ґ > g ;
            """ + COMMON;

    private static final Transliterator UK_NATIONAL =
            Transliterator.createFromRules("uk-national", UKRAINIAN_NATIONAL, Transliterator.FORWARD);
    private static final Transliterator UK_BGN =
            Transliterator.createFromRules("uk-bgn", UKRAINIAN_BGN, Transliterator.FORWARD);
    private static final Transliterator RU_BGN =
            Transliterator.createFromRules("ru-bgn", RUSSIAN_BGN, Transliterator.FORWARD);
    private static final Transliterator RU_SIMPLE =
            Transliterator.createFromRules("ru-simple", RUSSIAN_SIMPLE, Transliterator.FORWARD);

    private CyrillicTransliterator() {}

    public static boolean hasCyrillic(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeBlock.CYRILLIC.equals(Character.UnicodeBlock.of(s.charAt(i)))) {
                return true;
            }
        }
        return false;
    }

    /** Letters that only Ukrainian (of the two) writes: і ї є ґ. */
    public static boolean looksUkrainian(String s) {
        return s.chars().anyMatch(c -> "іїєґІЇЄҐ".indexOf(c) >= 0);
    }

    /** Letters that only Russian (of the two) writes: ы э ъ ё. */
    public static boolean looksRussian(String s) {
        return s.chars().anyMatch(c -> "ыэъёЫЭЪЁ".indexOf(c) >= 0);
    }

    public static synchronized String ukrainianNational(String cyrillic) {
        return run(UK_NATIONAL, cyrillic);
    }

    public static synchronized String ukrainianBgn(String cyrillic) {
        return run(UK_BGN, cyrillic);
    }

    public static synchronized String russianSimple(String cyrillic) {
        return run(RU_SIMPLE, cyrillic);
    }

    /**
     * Every press spelling of a Cyrillic name. A name that is recognisably Ukrainian or Russian
     * gets that language's spellings; one that could be either (Бахмут) gets both.
     */
    public static synchronized Set<String> latinSpellings(String cyrillic) {
        Set<String> out = new LinkedHashSet<>();
        boolean uk = looksUkrainian(cyrillic);
        boolean ru = looksRussian(cyrillic);
        if (uk || !ru) {
            out.add(run(UK_NATIONAL, cyrillic));
            out.add(run(UK_BGN, cyrillic));
        }
        if (ru || !uk) {
            out.add(run(RU_BGN, cyrillic));
            out.add(run(RU_SIMPLE, cyrillic));
        }
        out.remove("");
        return out;
    }

    // The padding gives the word-boundary contexts a non-letter at both ends of the name.
    private static String run(Transliterator t, String s) {
        String padded = " " + s + " ";
        return t.transliterate(padded).trim();
    }
}
