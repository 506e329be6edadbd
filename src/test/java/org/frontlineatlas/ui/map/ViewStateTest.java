package org.frontlineatlas.ui.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.frontlineatlas.events.DateRange;
import org.junit.jupiter.api.Test;

class ViewStateTest {

    private static final DateRange RANGE = new DateRange(LocalDate.parse("2022-05-02"), LocalDate.parse("2024-05-14"));

    @Test
    void aSharedLinkRestoresDateAndWindow() {
        ViewState s = ViewState.fromLink(Optional.of("2022-05-16"), Optional.of("30"), RANGE);

        assertThat(s.date()).isEqualTo(LocalDate.parse("2022-05-16"));
        assertThat(s.windowDays()).isEqualTo(30);
        assertThat(s.notes()).isEmpty();
    }

    @Test
    void noParametersShowTheLatestWeek() {
        ViewState s = ViewState.fromLink(Optional.empty(), Optional.empty(), RANGE);

        assertThat(s.date()).isEqualTo(RANGE.last());
        assertThat(s.windowDays()).isEqualTo(7);
        assertThat(s.notes()).isEmpty();
    }

    @Test
    void malformedValuesFallBackWithANote() {
        ViewState s = ViewState.fromLink(Optional.of("2022-02-30"), Optional.of("seven"), RANGE);

        assertThat(s.date()).isEqualTo(RANGE.last());
        assertThat(s.windowDays()).isEqualTo(7);
        assertThat(s.notes()).hasSize(2);
        assertThat(s.notes().get(0)).contains("2022-02-30").contains("YYYY-MM-DD");
    }

    @Test
    void datesOutsideTheDataAreClampedWithANote() {
        assertThat(ViewState.fromLink(Optional.of("1999-01-01"), Optional.empty(), RANGE)
                        .date())
                .isEqualTo(RANGE.first());
        ViewState late = ViewState.fromLink(Optional.of("2030-01-01"), Optional.of("400"), RANGE);
        assertThat(late.date()).isEqualTo(RANGE.last());
        assertThat(late.windowDays()).isEqualTo(7);
        assertThat(late.notes()).hasSize(2);
    }

    @Test
    void hugeParametersAreShortenedInTheNote() {
        ViewState s = ViewState.fromLink(Optional.of("<script>".repeat(100)), Optional.empty(), RANGE);

        assertThat(s.notes().get(0).length()).isLessThan(200);
    }
}
