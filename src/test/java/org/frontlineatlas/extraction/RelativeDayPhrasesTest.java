package org.frontlineatlas.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.frontlineatlas.events.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parts of weeks and months and nights, read as the windows a desk means by them. */
class RelativeDayPhrasesTest {

    private final DateResolver resolver = new DateResolver();

    @ParameterizedTest(name = "[{0}] published {1} -> {2}..{3}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                  | published (weekday) | start      | end
            A depot burned earlier in the week.                         | 2022-06-01          | 2022-05-30 | 2022-05-31
            A depot burned earlier in the week.                         | 2022-06-06          | 2022-05-30 | 2022-06-05
            Shelling over the weekend damaged a school.                 | 2022-06-01          | 2022-05-28 | 2022-05-29
            Shelling over the weekend damaged a school.                 | 2022-06-05          | 2022-06-04 | 2022-06-05
            The depot was hit late last month.                          | 2022-06-01          | 2022-05-21 | 2022-05-31
            Early last month the bridge fell.                           | 2022-10-13          | 2022-09-01 | 2022-09-10
            At the end of last month a ferry sank.                      | 2022-10-13          | 2022-09-21 | 2022-09-30
            The assault began in late March.                            | 2022-06-01          | 2022-03-21 | 2022-03-31
            Missiles put the plant out of action at the start of April. | 2022-06-01          | 2022-04-01 | 2022-04-10
            The town was taken in mid-May last year.                    | 2022-06-01          | 2021-05-11 | 2021-05-20
            Drones attacked on the night of Sunday to Monday.           | 2022-06-01          | 2022-05-29 | 2022-05-30
            Missiles fell during Friday night and into Saturday.        | 2022-06-01          | 2022-05-27 | 2022-05-28
            """)
    void readsTheWindowThePhraseNames(String sentence, LocalDate published, LocalDate start, LocalDate end) {
        ResolvedDate date = resolver.resolve(sentence, published);
        assertEquals(start, date.start(), sentence);
        assertEquals(end, date.end(), sentence);
        assertTrue(date.precision() != DatePrecision.DAY, "a window, not a day: " + sentence);
    }

    @Test
    void hoursBeforeOrLaterKeepTheDayStatedBefore() {
        LocalDate published = LocalDate.of(2022, 6, 1);
        LocalDate stated = LocalDate.of(2022, 5, 20);
        assertEquals(
                stated,
                resolver.find("Hours before the troops left, a bridge fell.", published, stated)
                        .get(0)
                        .date()
                        .start());
        assertTrue(resolver.find("The convoy arrived hours later than planned.", published, stated)
                .isEmpty());
    }

    @Test
    void daysEarlierCountFromTheDayStatedEarlierInTheSentence() {
        List<DateMention> found = resolver.find(
                "The depot burned on Monday and the bridge two days earlier", LocalDate.of(2022, 6, 1), null);
        assertEquals(LocalDate.of(2022, 5, 30), found.get(0).date().start());
        assertEquals(LocalDate.of(2022, 5, 28), found.get(1).date().start());
    }

    @Test
    void aNightOfDaysThatDoNotFollowEachOtherIsNoNight() {
        ResolvedDate date = resolver.resolve("Talks ran on the night of Monday to Friday.", LocalDate.of(2022, 6, 1));
        assertEquals(DatePrecision.DAY, date.precision()); // only "Monday" is read
    }
}
