package org.frontlineatlas.extraction;

import java.util.regex.Pattern;
import org.frontlineatlas.gazetteer.PlaceMention;

/**
 * A place named inside a description of the place just before it: "Korenevo, a district town about
 * 30 km north-west of Sudzha", "Klishchiivka, a village on the heights south of Bakhmut", "Druzhba, a
 * town in the Shostka district", "Kstovo, near Nizhny Novgorod", "New York, a town between Toretsk and Horlivka". The second place only says where the first is; the first is the pin.
 */
final class Apposition {

    private static final Pattern DESCRIPTION_BETWEEN =
            Pattern.compile("^,\\s+(?:(?:a|an)\\s+(?:[^,.;:()\"“”]|(?<=\\d)[,.](?=\\d)){0,70}?\\b(?:of|in|on|near|from"
                    + "|outside|towards?|to|between)|near|outside)\\s+(?:the\\s+)?$");

    private Apposition() {}

    /** True when {@code mention} sits in an apposition describing {@code previous} ("X, a village near Y"). */
    static boolean describesPrevious(String text, PlaceMention previous, PlaceMention mention) {
        if (previous.end() >= mention.start() || mention.start() - previous.end() > 90) {
            return false;
        }
        return DESCRIPTION_BETWEEN
                        .matcher(text)
                        .region(previous.end(), mention.start())
                        .lookingAt()
                // "In the Bakhmut district, a guided bomb damaged homes in Siversk": a clause, not a description
                && !reportsEvent(text.substring(previous.end(), mention.start()));
    }

    /** A description names what the place is; an event word between the two names makes it a clause. */
    private static boolean reportsEvent(String between) {
        return TriggerLexicon.find(between).stream().anyMatch(t -> !t.nonEvent());
    }
}
