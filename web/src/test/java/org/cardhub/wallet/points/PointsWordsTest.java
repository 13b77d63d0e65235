package org.cardhub.wallet.points;

import static org.assertj.core.api.Assertions.assertThat;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.util.Locale;

class PointsWordsTest {

    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void pointsReadInRoublesWayWithTheirOwnSign() {
        assertThat(PointsWords.points(points("1234.56"), RU, false)).isEqualTo("1\u00a0234,56\u00a0Б");
        assertThat(PointsWords.points(points("30"), Locale.ENGLISH, false)).isEqualTo("30.00\u00a0pts");
        assertThat(PointsWords.points(points("100"), RU, true)).isEqualTo("+100,00\u00a0Б");
        assertThat(PointsWords.points(points("-30.5"), RU, true)).isEqualTo("\u221230,50\u00a0Б");
        assertThat(PointsWords.points(points("0"), RU, true)).isEqualTo("0,00\u00a0Б");
    }

    @Test
    void thePhoneACodeWentToIsShownMasked() {
        assertThat(BonusCardForm.masked("+79001234567")).isEqualTo("+7 900 ***-**-67");
        assertThat(BonusCardForm.masked(null)).isEmpty();
    }

    private static Amount points(String value) {
        return Amount.parse(value, Currency.POINTS);
    }
}
