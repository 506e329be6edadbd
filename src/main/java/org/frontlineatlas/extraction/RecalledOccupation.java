package org.frontlineatlas.extraction;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A liberation recalled as background: "X was retaken in September last year after seven months of
 * occupation", "X was liberated on 11 November 2022 after eight months of occupation". The sum of the
 * occupation and a year before the report's make the sentence history, not the day's news; the same
 * words with no earlier year ("entered X on Friday after eight months of occupation") stay an event.
 */
final class RecalledOccupation {

    private static final Pattern SUMMED_OCCUPATION = Pattern.compile(
            "(?i)\\bafter\\s+(?:[a-z]+|\\d+)(?:\\s+and\\s+a\\s+half)?\\s+(?:months|years|weeks)\\s+of\\s+(?:russian\\s+)?occupation\\b");
    private static final Pattern LAST_YEAR = Pattern.compile("(?i)\\blast\\s+year\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    private RecalledOccupation() {}

    static boolean isRecalled(String sentence, LocalDate published) {
        if (!sentence.contains("occupation")
                || !SUMMED_OCCUPATION.matcher(sentence).find()) {
            return false;
        }
        if (LAST_YEAR.matcher(sentence).find()) {
            return true;
        }
        Matcher year = YEAR.matcher(sentence);
        while (year.find()) {
            if (Integer.parseInt(year.group()) < published.getYear()) {
                return true;
            }
        }
        return false;
    }
}
