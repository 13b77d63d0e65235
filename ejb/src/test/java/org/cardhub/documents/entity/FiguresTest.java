package org.cardhub.documents.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures and times as the documents print them, and as the exchange file writes them. */
class FiguresTest {

    @Test
    void roublesAndLitresInRussian() {
        assertThat(Figures.roubles(123_456_789)).isEqualTo("1\u00a0234\u00a0567,89");
        assertThat(Figures.roubles(-5)).isEqualTo("-0,05");
        assertThat(Figures.roubles(0)).isEqualTo("0,00");
        assertThat(Figures.litres(25_000)).isEqualTo("25,000");
        assertThat(Figures.litres(1_234_567)).isEqualTo("1\u00a0234,567");
    }

    @Test
    void plainForTheExchangeFile() {
        assertThat(Figures.plainRoubles(123_456_789)).isEqualTo("1234567.89");
        assertThat(Figures.plainRoubles(-1_000)).isEqualTo("-10.00");
        assertThat(Figures.plainLitres(25_000)).isEqualTo("25");
        assertThat(Figures.plainLitres(12_500)).isEqualTo("12.5");
        assertThat(Figures.plainLitres(33_333)).isEqualTo("33.333");
    }

    @Test
    void minutesOnTheClockOfTheZone() {
        assertThat(Dates.minute(Instant.parse("2026-01-31T21:05:00Z"), ZoneId.of("Europe/Moscow"))).isEqualTo("01.02.2026 00:05");
    }
}
