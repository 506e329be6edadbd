package org.frontlineatlas.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The day a reader sees for named days, connectives, comparisons, appositions and datelines. */
class NamedDaysAndConnectivesTest {

    private final DateResolver resolver = new DateResolver();

    @ParameterizedTest(name = "[{0}] published {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                               | published  | first date read
            Two days before the year's end, a missile hit a shopping centre.         | 2024-01-01 | 2023-12-29
            Drones attacked the city on New Year's Eve.                              | 2024-01-02 | 2023-12-31
            Drones attacked the city on New Year's Eve.                              | 2023-12-31 | 2023-12-31
            The strike killed 35 people gathered for Palm Sunday.                    | 2025-04-25 | 2025-04-13
            Shelling went on over Easter.                                            | 2023-04-20 | 2023-04-16
            Missiles hit the port on Christmas Day.                                  | 2023-01-03 | 2022-12-25
            A drone hit a school on the eve of Independence Day.                     | 2023-08-25 | 2023-08-23
            A week earlier a strike on a maternity hospital injured staff.           | 2022-03-17 | 2022-03-10
            Two weeks later the town was retaken.                                    | 2022-03-17 | 2022-03-31
            KHARKIV, Ukraine, Oct 6 - A missile struck a cafe on Thursday afternoon. | 2023-10-06 | 2023-10-05
            MOSCOW/KYIV, Oct 1 — Russia said on Saturday it had withdrawn.           | 2022-10-01 | 2022-10-01
            Strikes hit Sevastopol last week, on September 13, damaging two ships.   | 2023-09-22 | 2023-09-13
            Yarova was retaken on Sept. 19.                                          | 2022-10-01 | 2022-09-19
            """)
    void readsTheDayAReaderWouldSee(String sentence, LocalDate published, LocalDate day) {
        List<DateMention> found = resolver.find(sentence, published, null);
        assertTrue(!found.isEmpty(), "no date read in: " + sentence);
        assertEquals(day, found.get(0).date().start(), found.toString());
    }

    @ParameterizedTest(name = "[{0}] has no date")
    @CsvSource(delimiter = '|', textBlock = """
            # a phrase that dates nothing the sentence reports
            Missiles hit Odesa port a day after the grain pact was signed.
            The barrage came barely a day after Kyiv was struck.
            Families went out to the square before New Year.
            It was the first missile alert with explosions since early March.
            It was the heaviest attack on the city since May.
            The town hopes to be rebuilt by Christmas.
            """)
    void connectivesAndComparisonsAreNoDates(String sentence) {
        assertEquals(List.of(), resolver.find(sentence, LocalDate.of(2023, 4, 28), null));
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                                          | previous   | day
            The Russian ministry claimed the same day that the village fell.    | 2024-02-26 | 2024-02-26
            Hours later, on the same night, a second drone hit the depot.       | 2024-02-26 | 2024-02-26
            A day later the bridge was closed.                                  | 2024-02-26 | 2024-02-27
            Two days before, shells had hit the market.                         | 2024-02-26 | 2024-02-24
            """)
    void countsFromTheDayStatedBefore(String sentence, LocalDate previous, LocalDate day) {
        List<DateMention> found = resolver.find(sentence, LocalDate.of(2024, 2, 28), previous);
        assertEquals(day, found.get(0).date().start(), found.toString());
    }

    @ParameterizedTest(name = "Orthodox Easter {0} is {1}")
    @CsvSource({"2022, 2022-04-24", "2023, 2023-04-16", "2024, 2024-05-05", "2025, 2025-04-20"})
    void orthodoxEaster(int year, LocalDate easter) {
        assertEquals(easter, NamedDays.orthodoxEaster(year));
    }
}
