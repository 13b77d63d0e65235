package org.cardhub.parent;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The day page's address: a card's id and a date, anything malformed read as none. */
class SchoolDayViewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

    @Test
    void aCardIsNamedByItsIdAlone() {
        assertThat(SchoolDayView.idOf("42")).isEqualTo(42L);
        assertThat(SchoolDayView.idOf(" 42 ")).isEqualTo(42L);
        assertThat(SchoolDayView.idOf("42 OR 1=1")).isNull();
        assertThat(SchoolDayView.idOf("-1")).isNull();
        assertThat(SchoolDayView.idOf(null)).isNull();
    }

    @Test
    void aMalformedOrMissingDateIsTheSchoolsToday() {
        assertThat(SchoolDayView.dateOf("2026-11-30", TODAY)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(SchoolDayView.dateOf("30.11.2026", TODAY)).isEqualTo(TODAY);
        assertThat(SchoolDayView.dateOf("2026-02-30", TODAY)).isEqualTo(TODAY);
        assertThat(SchoolDayView.dateOf("", TODAY)).isEqualTo(TODAY);
        assertThat(SchoolDayView.dateOf(null, TODAY)).isEqualTo(TODAY);
    }
}
