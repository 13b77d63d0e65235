package org.cardhub.payments.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.payments.entity.InvalidOperationException.Code.AUTO_TOP_UP_INVALID;
import static org.cardhub.payments.entity.InvalidOperationException.Code.SAME_ACCOUNT;
import static org.cardhub.refusal.RefusalAssertions.assertRefused;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AutoTopUpRuleTest {

    private static final long PUPIL_PURSE = 20;
    private static final long PARENT_WALLET = 10;

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    /** Below 100 roubles, bring the pupil's purse back up to 500. */
    private final AutoTopUpRule rule = new AutoTopUpRule(PUPIL_PURSE, PARENT_WALLET, rub("100.00"), rub("500.00"));

    @Test
    void aRuleLinksAnAccountToItsSource() {
        assertThat(rule.accountId()).isEqualTo(PUPIL_PURSE);
        assertThat(rule.sourceAccountId()).isEqualTo(PARENT_WALLET);
    }

    @ParameterizedTest
    @CsvSource({"99.99, 400.01", "40.00, 460.00", "0.00, 500.00", "-25.00, 525.00"})
    void belowTheThresholdItTopsUpToTheTarget(String available, String topUp) {
        assertThat(rule.topUpFor(rub(available))).isEqualTo(rub(topUp));
    }

    @ParameterizedTest
    @CsvSource({"100.00", "100.01", "500.00", "9000.00"})
    void atOrAboveTheThresholdItDoesNothing(String available) {
        assertThat(rule.topUpFor(rub(available))).isEqualTo(Amount.zero(Currency.RUB));
    }

    @Test
    void aDisabledRuleDoesNothing() {
        rule.disable();

        assertThat(rule.topUpFor(rub("0.00"))).isEqualTo(Amount.zero(Currency.RUB));
    }

    @Test
    void anAccountCannotTopItselfUp() {
        assertRefused(() -> new AutoTopUpRule(PUPIL_PURSE, PUPIL_PURSE, rub("100.00"), rub("500.00")), SAME_ACCOUNT);
    }

    @Test
    void theThresholdCannotBeNegative() {
        assertRefused(() -> new AutoTopUpRule(PUPIL_PURSE, PARENT_WALLET, rub("-0.01"), rub("500.00")),
                AUTO_TOP_UP_INVALID);
    }

    @ParameterizedTest
    @CsvSource({"100.00, 100.00", "100.00, 99.99", "100.00, 0.00"})
    void theTargetMustBeAboveTheThreshold(String threshold, String target) {
        assertRefused(() -> new AutoTopUpRule(PUPIL_PURSE, PARENT_WALLET, rub(threshold), rub(target)),
                AUTO_TOP_UP_INVALID);
    }

    @Test
    void aZeroThresholdTopsUpOnlyAnOverdrawnAccount() {
        AutoTopUpRule atZero = new AutoTopUpRule(PUPIL_PURSE, PARENT_WALLET, rub("0.00"), rub("200.00"));

        assertThat(atZero.topUpFor(rub("0.00")).isZero()).isTrue();
        assertThat(atZero.topUpFor(rub("-0.01"))).isEqualTo(rub("200.01"));
    }

    @Test
    void thresholdAndTargetMustShareACurrency() {
        assertRefused(() -> new AutoTopUpRule(PUPIL_PURSE, PARENT_WALLET, rub("100.00"), Amount.parse("500", Currency.LITRE)),
                InvalidAmountException.Code.CURRENCY_MISMATCH);
    }
}
