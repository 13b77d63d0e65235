package org.cardhub.parent;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TypedRoublesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"100|100.00", "1 500,50|1500.50", "0,01|0.01", "99.9|99.90", "15\u00a0000|15000.00"})
    void anAmountToMoveIsReadAsPeopleTypeIt(String typed, String read) {
        assertThat(TypedRoubles.toMove(typed)).isEqualTo(Amount.parse(read, Currency.RUB));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"10,005|AMOUNT_SCALE", "0|AMOUNT_NOT_POSITIVE", "-5|AMOUNT_NOT_POSITIVE",
            "сто|AMOUNT_FORMAT", "''|AMOUNT_FORMAT", "1e3|AMOUNT_FORMAT", "99999999999999|AMOUNT_TOO_LARGE"})
    void anythingElseIsRefusedWithWhatIsWrong(String typed, InvalidAmountException.Code code) {
        assertThatThrownBy(() -> TypedRoubles.toMove(typed)).isInstanceOfSatisfying(InvalidAmountException.class,
                refused -> assertThat(refused.code()).isEqualTo(code));
    }

    @Test
    void anEmptyLimitIsNoneAndALimitBelowZeroIsReadForTheRulesToRefuse() {
        assertThat(TypedRoubles.limit("  ")).isNull();
        assertThat(TypedRoubles.limit(null)).isNull();
        assertThat(TypedRoubles.limit("-5")).isEqualTo(Amount.parse("-5.00", Currency.RUB));
        assertThat(TypedRoubles.limit("0")).isEqualTo(Amount.zero(Currency.RUB));
        assertThatThrownBy(() -> TypedRoubles.limit("300,001")).isInstanceOfSatisfying(InvalidAmountException.class,
                refused -> assertThat(refused.code()).isEqualTo(InvalidAmountException.Code.AMOUNT_SCALE));
    }

    @Test
    void aLimitIsShownInTheFieldAsItIsTypedInTheReadersLanguage() {
        Amount limit = Amount.parse("300.00", Currency.RUB);

        assertThat(TypedRoubles.shown(limit, true)).isEqualTo("300,00");
        assertThat(TypedRoubles.shown(limit, false)).isEqualTo("300.00");
        assertThat(TypedRoubles.shown(null, true)).isNull();
        assertThat(TypedRoubles.limit(TypedRoubles.shown(limit, true))).isEqualTo(limit);
    }
}
