package org.cardhub.contracts.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

class WalletCapsTest {

    private static final WalletCaps NON_IDENTIFIED = WalletCaps.of(WalletTier.NON_IDENTIFIED);
    private static final WalletCaps IDENTIFIED = WalletCaps.of(WalletTier.IDENTIFIED);

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

    @Test
    void aTopUpMayFillAWalletUpToItsBalanceCap() {
        assertThat(NON_IDENTIFIED.refusalToTopUp(rub("14000.00"), rub("1000.00"))).isEmpty();
    }

    @Test
    void aTopUpOverTheBalanceCapIsRefusedWithTheCapAndTheBalance() {
        assertThat(NON_IDENTIFIED.refusalToTopUp(rub("14000.00"), rub("1000.01"))).contains(new ContractRefusal(
                ContractRefusal.Reason.WALLET_CAP, "A non_identified wallet holds at most 15000.00 RUB; it has 14000.00"));
    }

    @Test
    void aTransferInMayFillAWalletUpToItsBalanceCap() {
        assertThat(IDENTIFIED.refusalToReceive(rub("99000.00"), rub("1000.00"))).isEmpty();
    }

    @Test
    void aTransferInOverTheBalanceCapIsRefusedNamingTheCapAlone() {
        assertThat(IDENTIFIED.refusalToReceive(rub("99000.00"), rub("1000.01"))).contains(new ContractRefusal(
                ContractRefusal.Reason.WALLET_CAP, "The receiving wallet holds at most 100000.00 RUB"));
    }

    @Test
    void spendingMayTurnAWalletOverUpToItsMonthlyCap() {
        assertThat(NON_IDENTIFIED.refusalToSpend(rub("39000.00"), rub("1000.00"))).isEmpty();
    }

    @Test
    void spendingOverTheMonthlyTurnoverCapIsRefusedWithTheCapAndWhatWasUsed() {
        assertThat(NON_IDENTIFIED.refusalToSpend(rub("39000.00"), rub("1000.01"))).contains(new ContractRefusal(
                ContractRefusal.Reason.WALLET_CAP, "A non_identified wallet may turn over at most 40000.00 RUB a month; 39000.00 used"));
    }
}
