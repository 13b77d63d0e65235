package org.cardhub.notifications.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The month the informer is connected in costs its days left (the day itself included) when prorated, else all of it. */
class SmsInformerPriceTest {

    private static final SmsInformerPrice SCHOOL_7 = new SmsInformerPrice(1, rub("60.00"), true);
    private static final SmsInformerPrice LYCEUM_3 = new SmsInformerPrice(2, rub("50.00"), false);

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    @Test
    void connectedOnTheSixthOfDecemberItPaysTwentySixOfThirtyOneDays() {
        assertThat(SCHOOL_7.forRestOfMonth(LocalDate.of(2026, 12, 6))).isEqualTo(rub("50.32"));
        assertThat(SCHOOL_7.daysPaidFrom(LocalDate.of(2026, 12, 6))).isEqualTo(26);
    }

    @Test
    void theFirstOfTheMonthPaysTheWholeMonthAndTheLastDayOneDay() {
        assertThat(SCHOOL_7.forRestOfMonth(LocalDate.of(2026, 12, 1))).isEqualTo(rub("60.00"));
        assertThat(SCHOOL_7.forRestOfMonth(LocalDate.of(2026, 12, 31))).isEqualTo(rub("1.94"));
    }

    @Test
    void februaryHasTwentyEightDaysAndTwentyNineInALeapYear() {
        assertThat(SCHOOL_7.forRestOfMonth(LocalDate.of(2026, 2, 15))).as("14 of 28").isEqualTo(rub("30.00"));
        assertThat(SCHOOL_7.forRestOfMonth(LocalDate.of(2028, 2, 15))).as("15 of 29").isEqualTo(rub("31.03"));
        assertThat(SCHOOL_7.forRestOfMonth(LocalDate.of(2026, 2, 28))).as("1 of 28").isEqualTo(rub("2.14"));
    }

    @Test
    void aProgrammeThatDoesNotProrateChargesTheWholeMonthWhateverTheDay() {
        assertThat(LYCEUM_3.forRestOfMonth(LocalDate.of(2026, 12, 31))).isEqualTo(rub("50.00"));
        assertThat(LYCEUM_3.daysPaidFrom(LocalDate.of(2026, 12, 31))).isEqualTo(31);
    }

    @Test
    void proratingRoundsHalfAKopeckUp() {
        // 0.05 ₽ for 1 day of 2: 2.5 kopecks
        assertThat(SmsInformerPrice.prorate(rub("0.05"), 1, 2)).isEqualTo(rub("0.03"));
        assertThat(SmsInformerPrice.prorate(rub("0.05"), 2, 2)).isEqualTo(rub("0.05"));
    }

    @Test
    void theDayIsTheSchoolsNotTheServersOrUtc() {
        // 28 February 2026, 15:30 UTC is 1 March 01:30 in Vladivostok: a new month there, still February in Moscow
        Instant now = Instant.parse("2026-02-28T15:30:00Z");

        LocalDate vladivostok = SmsInformerPrice.schoolDay(now, ZoneId.of("Asia/Vladivostok"));
        LocalDate moscow = SmsInformerPrice.schoolDay(now, ZoneId.of("Europe/Moscow"));

        assertThat(vladivostok).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(SCHOOL_7.forRestOfMonth(vladivostok)).isEqualTo(rub("60.00"));
        assertThat(moscow).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(SCHOOL_7.forRestOfMonth(moscow)).isEqualTo(rub("2.14"));
    }
}
