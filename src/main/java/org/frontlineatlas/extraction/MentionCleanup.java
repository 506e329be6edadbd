package org.frontlineatlas.extraction;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.frontlineatlas.gazetteer.Place;
import org.frontlineatlas.gazetteer.PlaceKind;
import org.frontlineatlas.gazetteer.PlaceMention;

/**
 * Article-level corrections of the tagger's output, applied before event extraction: a name read as
 * a region once ("Kharkiv") but as the city everywhere else in the article is the city; an unsure
 * reading whose written form is not even the start of the place's name ("Instead" as Linstead) is
 * dropped.
 */
final class MentionCleanup {

    private static final Pattern REGION_WORD = Pattern.compile("(?i)\\b(oblast|region|province|krai|raion)\\b");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private MentionCleanup() {}

    /** "Korenëvo" as "korenevo": the press drops the diaeresis, and that is no reason to doubt the name. */
    private static String fold(String s) {
        if (s.chars().allMatch(c -> c < 0x80)) {
            return s.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(s.toLowerCase(Locale.ROOT), Normalizer.Form.NFD))
                .replaceAll("");
    }

    static List<PlaceMention> clean(List<PlaceMention> mentions) {
        Map<String, Place> settlementByText = new HashMap<>();
        for (PlaceMention m : mentions) {
            if (m.place().kind() == PlaceKind.SETTLEMENT) {
                settlementByText.putIfAbsent(m.text().toLowerCase(Locale.ROOT), m.place());
            }
        }
        List<PlaceMention> out = new ArrayList<>(mentions.size());
        for (PlaceMention m : mentions) {
            String written = m.text().toLowerCase(Locale.ROOT);
            if (m.confidence() < 0.7 && !fold(m.place().name()).startsWith(fold(written))) {
                continue;
            }
            Place city = settlementByText.get(written);
            if (m.place().kind() == PlaceKind.REGION
                    && city != null
                    && !REGION_WORD.matcher(m.text()).find()) {
                out.add(new PlaceMention(city, m.text(), m.start(), m.end(), m.confidence()));
            } else {
                out.add(m);
            }
        }
        return out;
    }
}
