package org.frontlineatlas.ui.reader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.frontlineatlas.events.DateRange;
import org.frontlineatlas.ui.map.ViewState;
import org.junit.jupiter.api.Test;

/** The preloaded address is the one the map's first reports request asks for (atlas-window-fetch.ts). */
class EventsPreloadTest {

    private static final DateRange RANGE = new DateRange(LocalDate.parse("2022-02-24"), LocalDate.parse("2025-06-30"));

    private static Optional<String> first(Map<String, List<String>> link) {
        return EventsPreload.firstRequest(ViewState.fromLink(link, RANGE), RANGE);
    }

    @Test
    void aDateAndWindowAskForTheWindowEndingThatDay() {
        assertThat(first(Map.of("date", List.of("2022-05-16"), "window", List.of("30"))))
                .contains("from=2022-04-17&to=2022-05-16&limit=3000");
    }

    @Test
    void noLinkAsksForTheDefaultWeekEndingOnTheLastDay() {
        assertThat(first(Map.of())).contains("from=2025-06-24&to=2025-06-30&limit=3000");
    }

    @Test
    void aWholeRangeWindowStartsAtTheFirstDayAndTypesAreEncodedAsURLSearchParamsDoes() {
        assertThat(first(Map.of(
                        "date", List.of("2022-05-16"),
                        "window", List.of("0"),
                        "types", List.of("shelling_or_strike,attack"))))
                .contains("from=2022-02-24&to=2022-05-16&limit=3000&type=attack%2Cshelling_or_strike");
    }

    @Test
    void everyTypeUntickedAsksForNothing() {
        assertThat(first(Map.of("types", List.of("none")))).isEmpty();
    }

    @Test
    void theLimitIsTheMapsGridThreshold() throws IOException {
        assertThat(Files.readString(Path.of("frontend/atlas-grid.ts")))
                .contains("export const GRID_THRESHOLD = " + EventsPreload.LIMIT + ";");
    }
}
