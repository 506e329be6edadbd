package org.frontlineatlas.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.frontlineatlas.extraction.DateMention;
import org.frontlineatlas.extraction.DateResolver;
import org.frontlineatlas.extraction.ResolvedDate;

/**
 * Date-like hostile sentences ("31 February", "30000-01-01", "on Monday" at the edges of the
 * calendar) against publication dates from year 1 to 9999 (what a --published flag can carry). The
 * resolver never throws, never hangs, every date it finds lies inside the sentence, and a date
 * written without a year stays near publication.
 */
class DateResolverFuzzTest {

    private final DateResolver resolver = new DateResolver();

    @Provide
    Arbitrary<String> sentence() {
        Arbitrary<String> dateLike = Combinators.combine(
                        Arbitraries.of("on", "in", "since", "by", "", "last", "this", "early", "late", "mid-"),
                        Arbitraries.of(
                                "Monday",
                                "Sunday",
                                "31 February",
                                "29 February",
                                "30000-01-01",
                                "0000-01-01",
                                "2022-13-40",
                                "May",
                                "February 2024",
                                "5 July",
                                "July 5",
                                "December 31, 1999",
                                "99 March 2022",
                                "week",
                                "month",
                                "night",
                                "yesterday",
                                "1 January 10000",
                                "31 December 9999",
                                "2022-02-24/2022-03-01",
                                "24-25 February",
                                "between 1 and 3 March",
                                "Feb. 30",
                                "the 31st",
                                "\u0000May",
                                "Мая"),
                        Arbitraries.strings().all().ofMaxLength(20))
                .as((a, b, c) -> a + " " + b + " " + c);
        return Arbitraries.oneOf(dateLike, HostileText.mixed(30), HostileText.any());
    }

    @Provide
    Arbitrary<LocalDate> published() {
        return Arbitraries.oneOf(
                Arbitraries.of(
                        LocalDate.of(1, 1, 1),
                        LocalDate.of(9999, 12, 31),
                        LocalDate.of(2024, 2, 29),
                        LocalDate.of(2022, 2, 24),
                        LocalDate.of(2023, 1, 1),
                        LocalDate.of(2000, 3, 1)),
                Arbitraries.longs()
                        .between(
                                LocalDate.of(1, 1, 1).toEpochDay(),
                                LocalDate.of(9999, 12, 31).toEpochDay())
                        .map(LocalDate::ofEpochDay));
    }

    @Property(tries = 2000)
    void everyDateFoundLiesInTheSentenceAndNearPublication(
            @ForAll("sentence") String sentence, @ForAll("published") LocalDate published) {
        List<DateMention> found = HostileText.bounded(() -> resolver.find(sentence, published, null));

        for (DateMention m : found) {
            assertThat(m.start()).isBetween(0, m.end());
            assertThat(m.end()).isLessThanOrEqualTo(sentence.length());
            assertThat(sentence.substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(m.date().end()).isAfterOrEqualTo(m.date().start());
            if (!m.text().matches("(?s).*\\d{4}.*")) {
                // No year written: the date is worked out from publication and must stay near it.
                // (The last 29 February can lie up to 8 years back, across a century's skipped leap day.)
                assertThat(m.date().start()).isAfterOrEqualTo(published.minusYears(8));
                // A month ("in May") or week named at publication may run on to its end.
                assertThat(m.date().end()).isBeforeOrEqualTo(published.plusMonths(1));
            }
        }
        ResolvedDate first = HostileText.bounded(() -> resolver.resolve(sentence, published));
        assertThat(first.end()).isAfterOrEqualTo(first.start());
    }

    @Property(tries = 1000)
    void absoluteDatesAreRealCalendarDays(@ForAll("sentence") String text) {
        HostileText.bounded(() -> resolver.parseAbsolute(text))
                .ifPresent(
                        d -> assertThat(d.getYear()).isBetween(0, 9999)); // four written digits, ISO year 0000 included
    }
}
