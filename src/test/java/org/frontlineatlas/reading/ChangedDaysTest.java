package org.frontlineatlas.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.frontlineatlas.events.EventChangeBroadcaster.Change;
import org.junit.jupiter.api.Test;

/** An answer holds until a change touches a day of its window; a change of unknown days touches all. */
class ChangedDaysTest {

    private static final LocalDate MAY_1 = LocalDate.parse("2022-05-01");
    private static final LocalDate MAY_31 = LocalDate.parse("2022-05-31");
    private static final LocalDate JULY_1 = LocalDate.parse("2022-07-01");
    private static final LocalDate JULY_31 = LocalDate.parse("2022-07-31");

    private final ChangedDays days = new ChangedDays();

    @Test
    void aCorrectionMovingAReportFromMayToJuneTouchesMayAndJuneOnly() {
        long mayAnswer = days.now();
        long julyAnswer = days.now();
        days.changed(new Change(7, "update", LocalDate.parse("2022-05-20"), LocalDate.parse("2022-06-03")));

        assertThat(days.unchangedSince(mayAnswer, MAY_1, MAY_31)).isFalse();
        assertThat(days.unchangedSince(julyAnswer, JULY_1, JULY_31)).isTrue();
        assertThat(days.unchangedSince(mayAnswer, LocalDate.parse("2022-06-04"), JULY_31))
                .isTrue();
        assertThat(days.unchangedSince(days.now(), MAY_1, MAY_31))
                .as("an answer begun after the change")
                .isTrue();
    }

    @Test
    void aChangeOfUnknownDaysTouchesEveryWindowEvenOutsideTheEventsRange() {
        long before = days.now();
        days.changed(new Change(0, "import"));

        assertThat(days.unchangedSince(before, JULY_1, JULY_31)).isFalse();
        assertThat(days.unchangedSince(before, LocalDate.parse("1950-01-01"), LocalDate.parse("1950-01-02")))
                .isFalse();
        assertThat(days.unchangedSince(days.now(), JULY_1, JULY_31)).isTrue();
    }

    @Test
    void windowsBeyondTheRangeOfPossibleEventsAreAnsweredWithoutError() {
        long before = days.now();
        days.changed(new Change(1, "create", LocalDate.parse("2014-01-01"), LocalDate.parse("2014-01-01")));

        assertThat(days.unchangedSince(before, LocalDate.parse("1900-01-01"), LocalDate.parse("2014-01-01")))
                .isFalse();
        assertThat(days.unchangedSince(before, LocalDate.parse("2101-01-01"), LocalDate.parse("2200-12-31")))
                .isTrue();
    }
}
