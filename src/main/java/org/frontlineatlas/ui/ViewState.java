package org.frontlineatlas.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.frontlineatlas.events.DateRange;

/**
 * The map's date and window as read from a shared link (?date=2022-05-16&window=7). Anything
 * malformed or out of range falls back to a default, with a note the page shows the reader.
 */
public record ViewState(LocalDate date, int windowDays, List<String> notes) {

    public static final int DEFAULT_WINDOW = 7;
    /** Window choices offered by the time bar; 0 means everything up to the date. */
    public static final Set<Integer> WINDOWS = Set.of(0, 1, 7, 30);

    public static ViewState fromLink(Optional<String> dateParam, Optional<String> windowParam, DateRange range) {
        List<String> notes = new ArrayList<>();
        LocalDate date = range.last();
        if (dateParam.isPresent()) {
            String text = dateParam.get();
            try {
                LocalDate asked = LocalDate.parse(text.strip());
                if (asked.isBefore(range.first())) {
                    notes.add("The link's date " + asked + " is before the first report; showing " + range.first() + ".");
                    date = range.first();
                } else if (asked.isAfter(range.last())) {
                    notes.add("The link's date " + asked + " is after the last report; showing " + range.last() + ".");
                    date = range.last();
                } else {
                    date = asked;
                }
            } catch (DateTimeParseException e) {
                notes.add("Ignored the link's date \"" + shorten(text) + "\": not a date in the form YYYY-MM-DD; showing the latest reports.");
            }
        }
        int window = DEFAULT_WINDOW;
        if (windowParam.isPresent()) {
            String text = windowParam.get().strip();
            try {
                int asked = Integer.parseInt(text);
                if (WINDOWS.contains(asked)) {
                    window = asked;
                } else {
                    notes.add("Ignored the link's window \"" + shorten(text) + "\": choose 1, 7, 30 days or 0 (all so far); showing 7 days.");
                }
            } catch (NumberFormatException e) {
                notes.add("Ignored the link's window \"" + shorten(text) + "\": not a number of days; showing 7 days.");
            }
        }
        return new ViewState(date, window, List.copyOf(notes));
    }

    /** Notes quote what the reader sent; keep them short (they are shown as text, never as HTML). */
    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
