package org.frontlineatlas.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.frontlineatlas.events.DatePrecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateResolverTest {

    private final DateResolver resolver = new DateResolver();

    @ParameterizedTest(name = "[{0}] published {1} -> {2}..{3} {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # sentence                                               | published  | start      | end        | precision
            Troops shelled the town yesterday.                       | 2022-05-03 | 2022-05-02 | 2022-05-02 | DAY
            Explosions were heard last night in the city.            | 2022-03-01 | 2022-02-28 | 2022-02-28 | DAY
            Explosions were heard last night in the city.            | 2024-03-01 | 2024-02-29 | 2024-02-29 | DAY
            Yesterday morning a convoy left.                         | 2023-01-01 | 2022-12-31 | 2022-12-31 | DAY
            The mayor said today that water is back.                 | 2022-05-03 | 2022-05-03 | 2022-05-03 | DAY
            A drone was shot down this morning.                      | 2022-05-03 | 2022-05-03 | 2022-05-03 | DAY
            In the last couple of days the town was shelled.         | 2022-05-03 | 2022-04-27 | 2022-05-03 | WEEK
            The plant was hit on Sunday night.                       | 2022-05-03 | 2022-05-01 | 2022-05-01 | DAY
            Officials said on Monday that troops reached the border. | 2022-05-16 | 2022-05-16 | 2022-05-16 | DAY
            A strike hit the block on Tuesday.                       | 2024-05-14 | 2024-05-14 | 2024-05-14 | DAY
            The bridge was hit last Monday.                          | 2022-05-16 | 2022-05-09 | 2022-05-09 | DAY
            The bridge was hit on Friday.                            | 2022-03-01 | 2022-02-25 | 2022-02-25 | DAY
            The bridge was hit on Saturday.                          | 2024-03-01 | 2024-02-24 | 2024-02-24 | DAY
            The bridge was hit on Wednesday.                         | 2023-01-02 | 2022-12-28 | 2022-12-28 | DAY
            He visited the region last week.                         | 2022-05-03 | 2022-04-25 | 2022-05-01 | WEEK
            He visited the region last week.                         | 2022-05-01 | 2022-04-18 | 2022-04-24 | WEEK
            Six villages fell in the last week.                      | 2024-05-14 | 2024-05-07 | 2024-05-13 | WEEK
            Six people were killed on 5 July.                        | 2023-07-07 | 2023-07-05 | 2023-07-05 | DAY
            An assault was repelled on 4 June.                       | 2023-07-07 | 2023-06-04 | 2023-06-04 | DAY
            The invasion began on February 24.                       | 2022-05-16 | 2022-02-24 | 2022-02-24 | DAY
            A depot burned on 31 December.                           | 2023-01-02 | 2022-12-31 | 2022-12-31 | DAY
            Shelling resumed on 29 February.                         | 2024-03-01 | 2024-02-29 | 2024-02-29 | DAY
            Shelling resumed on 29 February.                         | 2023-03-01 | 2020-02-29 | 2020-02-29 | DAY
            The town had been captured in May.                       | 2023-07-07 | 2023-05-01 | 2023-05-31 | MONTH
            The town had been captured in May.                       | 2023-05-02 | 2023-05-01 | 2023-05-31 | MONTH
            The town had been captured in December.                  | 2023-07-07 | 2022-12-01 | 2022-12-31 | MONTH
            The town had been captured in February 2024.             | 2024-07-07 | 2024-02-01 | 2024-02-29 | MONTH
            Talks were held last month.                              | 2024-03-10 | 2024-02-01 | 2024-02-29 | MONTH
            Talks were held last month.                              | 2023-01-10 | 2022-12-01 | 2022-12-31 | MONTH
            Losses grew in the first 68 days of the conflict.        | 2022-05-03 | 2022-02-24 | 2022-05-02 | MONTH
            It was day 100 of the war.                               | 2022-06-10 | 2022-06-03 | 2022-06-03 | DAY
            Over the past day, they advanced one kilometre.          | 2023-07-07 | 2023-07-06 | 2023-07-07 | DAY
            The city was quiet overnight.                            | 2022-05-16 | 2022-05-15 | 2022-05-15 | DAY
            Updated: 19-06-2022                                      | 2022-07-01 | 2022-06-19 | 2022-06-19 | DAY
            Published 2022-06-19 at noon                             | 2022-07-01 | 2022-06-19 | 2022-06-19 | DAY
            It happened on Tuesday 3 May 2022.                       | 2022-07-01 | 2022-05-03 | 2022-05-03 | DAY
            It happened on May 3rd, 2022.                            | 2022-07-01 | 2022-05-03 | 2022-05-03 | DAY
            Two days ago the depot burned.                           | 2022-05-03 | 2022-05-01 | 2022-05-01 | DAY
            """)
    void resolvesExpressionsAgainstThePublicationDate(
            String sentence, LocalDate published, LocalDate start, LocalDate end, DatePrecision precision) {
        ResolvedDate date = resolver.resolve(sentence, published);
        assertEquals(new ResolvedDate(start, end, precision, false), date, sentence);
    }

    @Test
    void aDayPriorCountsFromThePreviouslyStatedDate() {
        LocalDate published = LocalDate.of(2023, 7, 7);
        LocalDate fifthOfJuly =
                resolver.resolve("A strike on 5 July killed six.", published).start();
        List<DateMention> mentions = resolver.find("Another strike injured 43 a day prior.", published, fifthOfJuly);
        assertEquals(LocalDate.of(2023, 7, 4), mentions.get(0).date().start());
        assertEquals("a day prior", mentions.get(0).text());
    }

    @Test
    void withoutAnExpressionTheDateIsThePublicationDayMarkedAsDefault() {
        ResolvedDate date = resolver.resolve("A drone destroyed two boats.", LocalDate.of(2022, 5, 3));
        assertEquals(LocalDate.of(2022, 5, 3), date.start());
        assertTrue(date.defaulted());
    }

    @Test
    void theModalVerbMayAndImpossibleDatesAreNotDates() {
        LocalDate published = LocalDate.of(2022, 5, 16);
        assertTrue(resolver.find("Troops may have retreated in may.", published, null)
                .isEmpty());
        assertTrue(resolver.find("It was reported on 31 June.", published, null).isEmpty());
        assertTrue(resolver.find("Published 2022-13-40.", published, null).isEmpty());
        assertTrue(resolver.find("Refugees reached Mariupol and Marseille.", published, null)
                .isEmpty());
    }

    @Test
    void findsEveryExpressionWithItsSpan() {
        String s = "After the invasion on February 24, shelling resumed yesterday.";
        List<DateMention> found = resolver.find(s, LocalDate.of(2022, 5, 16), null);
        assertEquals(2, found.size());
        assertEquals(
                "February 24", s.substring(found.get(0).start(), found.get(0).end()));
        assertEquals("yesterday", found.get(1).text());
        assertFalse(found.get(1).date().defaulted());
    }

    @Test
    void parsesAbsoluteDatesOnly() {
        assertEquals(
                LocalDate.of(2022, 6, 19),
                resolver.parseAbsolute("Updated: 19-06-2022").orElseThrow());
        assertTrue(resolver.parseAbsolute("yesterday").isEmpty());
    }
}
