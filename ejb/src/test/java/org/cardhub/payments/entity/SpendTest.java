package org.cardhub.payments.entity;

import org.cardhub.cards.entity.CardRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cardhub.money.InvalidAmountException.Code.AMOUNT_NOT_POSITIVE;
import static org.cardhub.money.InvalidAmountException.Code.CURRENCY_MISMATCH;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import java.time.Instant;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpendTest {

    private static final CardRef CARD = CardRef.parse("4111111111111111");
    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");

    private static Spend spend(Amount amount, Amount volume) {
        return new Spend(CARD, amount, volume, "DT", "FUEL", "AZS-7", "RU-77", NOW);
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    private static Amount litres(String value) {
        return Amount.parse(value, Currency.LITRE);
    }

    @Test
    void aFuelPurchaseSpendsRoublesAndLitres() {
        Spend spend = spend(rub("2500.00"), litres("40.000"));

        assertThat(spend.amount()).isEqualTo(rub("2500.00"));
        assertThat(spend.volume()).isEqualTo(litres("40.000"));
    }

    @Test
    void withoutAVolumeNoLitresAreSpent() {
        assertThat(spend(rub("150.00"), null).volume()).isEqualTo(Amount.zero(Currency.LITRE));
    }

    @Test
    void aZeroVolumeIsFine() {
        assertThat(spend(rub("150.00"), litres("0")).volume().isZero()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "-0.01", "-100"})
    void theAmountMustBePositive(String amount) {
        assertRefused(() -> spend(rub(amount), null), AMOUNT_NOT_POSITIVE);
    }

    @ParameterizedTest
    @EnumSource(value = Currency.class, names = "RUB", mode = EnumSource.Mode.EXCLUDE)
    void theAmountMustBeInRoubles(Currency currency) {
        assertRefused(() -> spend(Amount.parse("10", currency), null), CURRENCY_MISMATCH);
    }

    @Test
    void theAmountMustBeGiven() {
        assertRefused(() -> spend(null, null), CURRENCY_MISMATCH);
    }

    @Test
    void theVolumeCannotBeNegative() {
        assertRefused(() -> spend(rub("100.00"), litres("-0.001")), AMOUNT_NOT_POSITIVE);
    }

    @ParameterizedTest
    @EnumSource(value = Currency.class, names = "LITRE", mode = EnumSource.Mode.EXCLUDE)
    void theVolumeMustBeInLitres(Currency currency) {
        assertRefused(() -> spend(rub("100.00"), Amount.parse("10", currency)), CURRENCY_MISMATCH);
    }

    @Test
    void aSpendNeedsACardAndATime() {
        assertThatThrownBy(() -> new Spend(null, rub("1.00"), null, null, null, null, null, NOW))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Spend(CARD, rub("1.00"), null, null, null, null, null, null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void theFingerprintTellsDifferentSpendsApartAndNeverNamesTheTime() {
        Spend spend = spend(rub("2500.00"), litres("40.000"));

        assertThat(spend.fingerprint()).isEqualTo(spend(rub("2500.00"), litres("40.000")).fingerprint());
        assertThat(spend.fingerprint()).isNotEqualTo(spend(rub("2500.01"), litres("40.000")).fingerprint());
        assertThat(spend.fingerprint()).isNotEqualTo(spend(rub("2500.00"), litres("40.001")).fingerprint());
        assertThat(new Spend(CARD, rub("2500.00"), litres("40.000"), "DT", "FUEL", "AZS-7", "RU-77",
                NOW.plusSeconds(5)).fingerprint()).isEqualTo(spend.fingerprint());
    }
}
