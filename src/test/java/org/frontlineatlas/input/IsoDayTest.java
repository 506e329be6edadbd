package org.frontlineatlas.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IsoDayTest {

    @Test
    void aDayIsReadWithAnyTimeAfterItDropped() {
        assertThat(IsoDay.parse("date", " 2022-11-11 ", 1991, 2100)).isEqualTo(LocalDate.of(2022, 11, 11));
        assertThat(IsoDay.parse("valid_from", "2022-11-11T00:00:00Z", 1991, 2100))
                .isEqualTo(LocalDate.of(2022, 11, 11));
        assertThat(IsoDay.parseOptional("published", "  ", 2014, 2100)).isNull();
    }

    @Test
    void everyMistakeGetsTheSameKindOfMessage() {
        assertThatThrownBy(() -> IsoDay.parse("date", "2022-02-30", 1991, 2100))
                .hasMessage("date must be a date as YYYY-MM-DD, not '2022-02-30'");
        assertThatThrownBy(() -> IsoDay.parse("--published", "14/05/2024", 1900, 2200))
                .hasMessage("--published must be a date as YYYY-MM-DD, not '14/05/2024'");
        assertThatThrownBy(() -> IsoDay.parse("from", null, 1991, 2100)).hasMessage("from is required, as YYYY-MM-DD");
        assertThatThrownBy(() -> IsoDay.parse("published", "1999-01-01", 2014, 2100))
                .hasMessage("published must lie between 2014 and 2100, not 1999-01-01");
        assertThatThrownBy(() -> IsoDay.parse("date", "x".repeat(500), 1991, 2100))
                .hasMessageEndingWith("…'")
                .message()
                .hasSizeLessThan(100);
    }
}
