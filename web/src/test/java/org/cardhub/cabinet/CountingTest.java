package org.cardhub.cabinet;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CountingTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void aRussianCountTakesOneOfThreeFormsAndAnEnglishOneOfTwo() {
        assertThat(List.of(1, 21, 101).stream().map(n -> Counting.formOf(n, RU))).containsOnly("one");
        assertThat(List.of(2, 4, 34, 22).stream().map(n -> Counting.formOf(n, RU))).containsOnly("few");
        assertThat(List.of(0, 5, 8, 11, 12, 14, 111).stream().map(n -> Counting.formOf(n, RU))).containsOnly("many");
        assertThat(Counting.formOf(1, Locale.ENGLISH)).isEqualTo("one");
        assertThat(Counting.formOf(2, Locale.ENGLISH)).isEqualTo("many");
    }

    @Test
    void aScheduleNamesItsWeekdaysInOrderAndTheLessonsHours() {
        assertThat(Counting.schedule(List.of(DayOfWeek.WEDNESDAY, DayOfWeek.MONDAY), LocalTime.of(17, 0), 60, RU))
                .isEqualTo("пн, ср 17:00–18:00");
        assertThat(Counting.schedule(List.of(DayOfWeek.SATURDAY), LocalTime.of(11, 0), 90, Locale.ENGLISH))
                .isEqualTo("Sat 11:00–12:30");
    }
}
