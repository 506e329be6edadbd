package org.frontlineatlas.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.frontlineatlas.events.DatePrecision;
import org.frontlineatlas.events.EventStatus;
import org.frontlineatlas.events.EventType;
import org.frontlineatlas.events.GeoEvent;
import org.junit.jupiter.api.Test;

class SyntheticEventsTest {

    private static final List<GeoEvent> EVENTS = new SyntheticEvents(20_000, 42).toList();

    @Test
    void theSameSeedGivesTheSameEventsAndAnotherSeedOthers() {
        assertThat(new SyntheticEvents(20_000, 42).toList()).isEqualTo(EVENTS);
        assertThat(new SyntheticEvents(20_000, 43).toList()).isNotEqualTo(EVENTS);
    }

    @Test
    void givesExactlyTheAskedNumberInDateOrder() {
        assertThat(EVENTS).hasSize(20_000);
        assertThat(new SyntheticEvents(12_345, 1).size()).isEqualTo(12_345);
        assertThat(EVENTS).extracting(GeoEvent::date).isSorted();
    }

    @Test
    void everyEventLiesInTheThreeYearsAndInsideTheTheatre() {
        assertThat(EVENTS).allSatisfy(e -> {
            assertThat(e.date()).isBetween(SyntheticEvents.FIRST_DAY, SyntheticEvents.LAST_DAY);
            assertThat(e.dateEnd()).isBetween(e.date(), SyntheticEvents.LAST_DAY);
            // Moldova's border to Rostov, Crimea's south coast to Bryansk.
            assertThat(e.latitude()).isBetween(44.0, 54.0);
            assertThat(e.longitude()).isBetween(22.0, 41.0);
            assertThat(e.summary()).contains(e.placeName()).doesNotContain("{");
            assertThat(e.sourceName()).isEqualTo(SyntheticEvents.SOURCE_NAME);
        });
        assertThat(EVENTS.get(0).date()).isEqualTo(SyntheticEvents.FIRST_DAY);
    }

    @Test
    void shellingLeadsTheMixMostAreDayPreciseAndPublished() {
        Map<EventType, Long> byType = EVENTS.stream()
                .collect(Collectors.groupingBy(
                        GeoEvent::type, () -> new EnumMap<>(EventType.class), Collectors.counting()));
        assertThat(byType.entrySet().stream()
                        .max(Map.Entry.comparingByValue())
                        .orElseThrow()
                        .getKey())
                .isEqualTo(EventType.SHELLING_OR_STRIKE);
        assertThat(byType).hasSizeGreaterThanOrEqualTo(10);
        assertThat(share(e -> e.status() == EventStatus.PUBLISHED)).isBetween(0.88, 0.96);
        assertThat(share(e -> e.datePrecision() == DatePrecision.DAY)).isGreaterThan(0.9);
    }

    @Test
    void placesAreBusyWhileTheFightingIsThere() {
        List<GeoEvent> mariupol =
                EVENTS.stream().filter(e -> e.placeName().equals("Mariupol")).toList();
        long duringSiege = mariupol.stream()
                .filter(e -> e.date().isBefore(LocalDate.of(2022, 5, 21)))
                .count();
        assertThat(mariupol).isNotEmpty();
        assertThat((double) duringSiege / mariupol.size()).isGreaterThan(0.6);

        List<GeoEvent> avdiivka =
                EVENTS.stream().filter(e -> e.placeName().equals("Avdiivka")).toList();
        long inBattle = avdiivka.stream()
                .filter(e ->
                        e.date().isAfter(LocalDate.of(2023, 10, 9)) && e.date().isBefore(LocalDate.of(2024, 2, 21)))
                .count();
        assertThat((double) inBattle / avdiivka.size()).isGreaterThan(0.4); // 4 of 36 months
    }

    @Test
    void dailyVolumeVariesWithThePhasesOfTheWar() {
        Map<YearMonth, Long> perMonth = new TreeMap<>(EVENTS.stream()
                .filter(e ->
                        !e.date().isBefore(LocalDate.of(2022, 3, 1)) && e.date().isBefore(LocalDate.of(2025, 2, 1)))
                .collect(Collectors.groupingBy(e -> YearMonth.from(e.date()), Collectors.counting())));
        long busiest =
                perMonth.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long quietest =
                perMonth.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(perMonth.get(YearMonth.of(2022, 3))).isEqualTo(busiest); // the invasion
        assertThat((double) busiest / quietest).isGreaterThan(1.4);
    }

    private static double share(java.util.function.Predicate<GeoEvent> test) {
        return (double) EVENTS.stream().filter(test).count() / EVENTS.size();
    }
}
