package org.frontlineatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.frontlineatlas.events.DateRange;
import org.frontlineatlas.fuzz.HostileText;

/**
 * Shared links with hostile parameters: the view always opens, every value lands in its legal
 * range, and each note the page shows is short and one line.
 */
class ViewStateFuzzTest {

    private static final DateRange RANGE = new DateRange(LocalDate.of(2022, 2, 24), LocalDate.of(2024, 6, 30));
    private static final List<String> NAMES = List.of(
            "date", "window", "lat", "lon", "zoom", "types", "source", "conf", "speed", "loop", "event", "to", "tour",
            "stop");

    @Provide
    Arbitrary<Map<String, List<String>>> link() {
        Arbitrary<String> value = Arbitraries.oneOf(
                HostileText.mixed(6),
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.of(
                        "NaN",
                        "Infinity",
                        "-Infinity",
                        "1e308",
                        "-0",
                        "0x10",
                        "2022-02-30",
                        "+10000-01-01",
                        "-999999999-01-01",
                        "9999999999999999999",
                        "85.0000001",
                        "14.5",
                        "attack,,capture,NOPE",
                        "",
                        " ",
                        "\u0000",
                        "1",
                        "true"),
                HostileText.hugeToken());
        return Arbitraries.maps(Arbitraries.of(NAMES), value.list().ofMinSize(1).ofMaxSize(3))
                .ofMaxSize(NAMES.size());
    }

    @Property(tries = 2000)
    void anyLinkOpensAViewWithinRange(@ForAll("link") Map<String, List<String>> query) {
        ViewState view = HostileText.bounded(() -> ViewState.fromLink(new HashMap<>(query), RANGE));

        assertThat(view.date()).isBetween(RANGE.first(), RANGE.last());
        assertThat(view.windowDays()).isBetween(0, ViewState.MAX_WINDOW);
        assertThat(ViewState.SPEEDS).contains(view.speed());
        assertThat(view.minConfidence()).isBetween(0.0, 1.0);
        if (view.center() != null) {
            assertThat(view.center().lat()).isBetween(-85.0, 85.0);
            assertThat(view.center().lon()).isBetween(-180.0, 180.0);
            assertThat(view.center().zoom()).isBetween(3.0, 14.0);
        }
        if (view.eventId() != null) {
            assertThat(view.eventId()).isPositive();
        }
        if (view.source() != null) {
            assertThat(view.source().length()).isLessThanOrEqualTo(200);
        }
        for (String note : view.notes()) {
            assertThat(note.length()).as("a note the reader can read").isLessThan(400);
        }
    }
}
