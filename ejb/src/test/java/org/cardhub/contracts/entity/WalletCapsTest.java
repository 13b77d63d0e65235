package org.cardhub.contracts.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

class WalletCapsTest {

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
    }

    @Test
    void aNonIdentifiedWalletHoldsUpTo15000AndTurnsOverUpTo40000AMonth() {
        WalletCaps caps = WalletCaps.of(WalletTier.NON_IDENTIFIED);

        assertThat(caps.maxBalance()).isEqualTo(rub("15000.00"));
        assertThat(caps.maxMonthlyTurnover()).isEqualTo(rub("40000.00"));
    }

    @Test
    void anIdentifiedWalletHoldsUpTo100000AndTurnsOverUpTo1000000AMonth() {
        WalletCaps caps = WalletCaps.of(WalletTier.IDENTIFIED);

        assertThat(caps.maxBalance()).isEqualTo(rub("100000.00"));
        assertThat(caps.maxMonthlyTurnover()).isEqualTo(rub("1000000.00"));
    }

    @Test
    void aPersonHoldsAtMostThreeWalletCards() {
        assertThat(WalletCaps.MAX_CARDS_PER_PERSON).isEqualTo(3);
    }
}
