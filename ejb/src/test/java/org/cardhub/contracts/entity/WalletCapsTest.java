package org.cardhub.contracts.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

class WalletCapsTest {

    /** The caps V45 seeds; the levels' rows hold them, and the back office changes them (WalletLevelTest). */
    private static final WalletCaps NON_IDENTIFIED = new WalletCaps(WalletTier.NON_IDENTIFIED, rub("15000.00"), rub("40000.00"));
    private static final WalletCaps IDENTIFIED = new WalletCaps(WalletTier.IDENTIFIED, rub("100000.00"), rub("1000000.00"));

    private static Amount rub(String value) {
        return Amount.parse(value, Currency.RUB);
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
    void aLoweredCapRefusesWithTheCapAsItIsNow() {
        WalletCaps lowered = new WalletCaps(WalletTier.NON_IDENTIFIED, rub("10000.00"), rub("40000.00"));

        assertThat(lowered.refusalToTopUp(rub("9000.00"), rub("1000.00"))).isEmpty();
        assertThat(lowered.refusalToTopUp(rub("9000.00"), rub("1000.01"))).contains(new ContractRefusal(
                ContractRefusal.Reason.WALLET_CAP, "A non_identified wallet holds at most 10000.00 RUB; it has 9000.00"));
    }

    @Test
    void spendingOverTheMonthlyTurnoverCapIsRefusedWithTheCapAndWhatWasUsed() {
        assertThat(NON_IDENTIFIED.refusalToSpend(rub("39000.00"), rub("1000.01"))).contains(new ContractRefusal(
                ContractRefusal.Reason.WALLET_CAP, "A non_identified wallet may turn over at most 40000.00 RUB a month; 39000.00 used"));
    }
}
