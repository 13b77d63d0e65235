package org.cardhub.money;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CurrencyTest {

    @Test
    void roublesCountKopecks() {
        assertThat(Currency.RUB.scale()).isEqualTo(2);
        assertThat(Currency.RUB.minorUnitsPerUnit()).isEqualTo(100);
        assertThat(Currency.RUB.minorUnit()).isEqualTo("kopeck");
    }

    @Test
    void litresCountMillilitres() {
        assertThat(Currency.LITRE.scale()).isEqualTo(3);
        assertThat(Currency.LITRE.minorUnitsPerUnit()).isEqualTo(1000);
        assertThat(Currency.LITRE.minorUnit()).isEqualTo("millilitre");
    }

    @Test
    void pointsCountHundredths() {
        assertThat(Currency.POINTS.scale()).isEqualTo(2);
        assertThat(Currency.POINTS.minorUnitsPerUnit()).isEqualTo(100);
    }
}
