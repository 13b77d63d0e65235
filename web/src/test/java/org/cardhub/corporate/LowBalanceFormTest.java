package org.cardhub.corporate;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LowBalanceFormTest {

    @Test
    void roublesAreReadAsPeopleTypeThem() {
        assertThat(LowBalanceForm.parse("50 000,50")).isEqualTo(Amount.parse("50000.50", Currency.RUB));
        assertThat(LowBalanceForm.parse("50\u00a0000")).isEqualTo(Amount.parse("50000", Currency.RUB));
        assertThat(LowBalanceForm.parse("1500.5")).isEqualTo(Amount.parse("1500.50", Currency.RUB));
        assertThat(LowBalanceForm.parse("-5")).as("the sign is the contract's to refuse").isEqualTo(Amount.parse("-5", Currency.RUB));
    }

    @Test
    void blankIsNoneAndAnythingElseIsRefusedWithItsReason() {
        assertThat(LowBalanceForm.parse("  ")).isNull();
        assertThat(LowBalanceForm.parse(null)).isNull();
        assertThatThrownBy(() -> LowBalanceForm.parse("1,234")).isInstanceOfSatisfying(InvalidAmountException.class,
                refused -> assertThat(refused.code()).isEqualTo(InvalidAmountException.Code.AMOUNT_SCALE));
        assertThatThrownBy(() -> LowBalanceForm.parse("пять")).isInstanceOfSatisfying(InvalidAmountException.class,
                refused -> assertThat(refused.code()).isEqualTo(InvalidAmountException.Code.AMOUNT_FORMAT));
    }
}
