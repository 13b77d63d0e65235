package org.cardhub.wallets.entity;

import org.cardhub.acquiring.entity.Payout;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.refusal.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A withdrawal to the holder's own card: more than zero roubles, and a payout key made of the wallet's contract and the
 * page's request key — the same form twice is the same key, another holder's never is, and it always fits a payout's.
 */
class WithdrawalTest {

    private static final String REQUEST = "0f8fad5b-d9cb-469f-a165-70867728950e";

    @Test
    void theSameRequestOfTheSameWalletIsTheSamePayoutKeyAndAnotherWalletsIsAnother() {
        Withdrawal once = Withdrawal.of(42, rub("150.25"), REQUEST);
        Withdrawal twice = Withdrawal.of(42, rub("150.25"), " " + REQUEST.toUpperCase() + " ");
        Withdrawal another = Withdrawal.of(43, rub("150.25"), REQUEST);

        assertThat(once.idempotenceKey()).isEqualTo("withdrawal:42:0f8fad5bd9cb469fa16570867728950e");
        assertThat(twice.idempotenceKey()).isEqualTo(once.idempotenceKey());
        assertThat(another.idempotenceKey()).isNotEqualTo(once.idempotenceKey());
    }

    @Test
    void theKeyFitsAPayoutsKeyWhateverTheContractsId() {
        String key = Withdrawal.of(Long.MAX_VALUE, rub("1.00"), UUID.randomUUID().toString()).idempotenceKey();

        assertThat(key).hasSizeLessThanOrEqualTo(Payout.MAX_KEY);
        Payout.requireKey(key);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "not-a-uuid", "1-1-1-1-1", "0f8fad5bd9cb469fa16570867728950e",
            "0f8fad5b-d9cb-469f-a165-70867728950e0", "withdrawal:42:0f8fad5b-d9cb-469f-a165-70867728950e"})
    void aRequestKeyTheCabinetDidNotMakeIsRefused(String requestKey) {
        assertThatThrownBy(() -> Withdrawal.of(42, rub("1.00"), requestKey)).isInstanceOfSatisfying(WalletRefusal.class,
                refused -> assertThat(refused.code()).isEqualTo(WalletRefusal.Code.REQUEST_INVALID));
    }

    @Test
    void anAmountIsMoreThanZeroRoubles() {
        assertThat(refusalOf(null)).isEqualTo(WalletRefusal.Code.AMOUNT_INVALID);
        assertThat(refusalOf(rub("0.00"))).isEqualTo(WalletRefusal.Code.AMOUNT_INVALID);
        assertThat(refusalOf(rub("-0.01"))).isEqualTo(WalletRefusal.Code.AMOUNT_INVALID);
        assertThat(refusalOf(Amount.parse("10.000", Currency.LITRE))).isEqualTo(WalletRefusal.Code.AMOUNT_INVALID);
        assertThat(Withdrawal.of(42, rub("0.01"), REQUEST).amount()).isEqualTo(Amount.ofMinorUnits(1, Currency.RUB));
    }

    private static Object refusalOf(Amount amount) {
        try {
            Withdrawal.of(42, amount, REQUEST);
            return "ACCEPTED";
        } catch (Refusal refused) {
            return refused.code();
        }
    }

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }
}
