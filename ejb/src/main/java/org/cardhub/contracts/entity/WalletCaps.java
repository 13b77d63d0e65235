package org.cardhub.contracts.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.util.Optional;

/**
 * The law's caps on a prepaid wallet by identification tier (115-FZ / 161-FZ practice, as QIWI applies
 * them): non-identified ≤ 15 000 ₽ balance and ≤ 40 000 ₽ turnover a month; identified ≤ 100 000 ₽ and
 * ≤ 1 000 000 ₽. A person holds at most three wallet cards.
 */
public record WalletCaps(WalletTier tier, Amount maxBalance, Amount maxMonthlyTurnover) {

    public static final int MAX_CARDS_PER_PERSON = 3;

    public static WalletCaps of(WalletTier tier) {
        return switch (tier) {
            case NON_IDENTIFIED -> new WalletCaps(tier, roubles(15_000), roubles(40_000));
            case IDENTIFIED -> new WalletCaps(tier, roubles(100_000), roubles(1_000_000));
        };
    }

    /** Refuses a top-up of {@code amount} that would take the wallet's {@code balance} over its cap. */
    public Optional<ContractRefusal> refusalToTopUp(Amount balance, Amount amount) {
        if (!isOverBalanceCap(balance, amount)) {
            return Optional.empty();
        }
        return refusal("A " + tierName() + " wallet holds at most " + maxBalance.toPlainString() + " RUB; it has "
                + balance.toPlainString());
    }

    /** Refuses a transfer in of {@code amount} that would take the wallet's {@code balance} over its cap. */
    public Optional<ContractRefusal> refusalToReceive(Amount balance, Amount amount) {
        if (!isOverBalanceCap(balance, amount)) {
            return Optional.empty();
        }
        return refusal("The receiving wallet holds at most " + maxBalance.toPlainString() + " RUB");
    }

    /** Refuses spending {@code amount} when the wallet has already turned over {@code spentThisMonth}. */
    public Optional<ContractRefusal> refusalToSpend(Amount spentThisMonth, Amount amount) {
        if (!spentThisMonth.plus(amount).isGreaterThan(maxMonthlyTurnover)) {
            return Optional.empty();
        }
        return refusal("A " + tierName() + " wallet may turn over at most " + maxMonthlyTurnover.toPlainString()
                + " RUB a month; " + spentThisMonth.toPlainString() + " used");
    }

    private boolean isOverBalanceCap(Amount balance, Amount amount) {
        return balance.plus(amount).isGreaterThan(maxBalance);
    }

    private String tierName() {
        return tier.name().toLowerCase();
    }

    private static Optional<ContractRefusal> refusal(String explanation) {
        return Optional.of(new ContractRefusal(ContractRefusal.Reason.WALLET_CAP, explanation));
    }

    private static Amount roubles(long roubles) {
        return Amount.ofMinorUnits(roubles * Currency.RUB.minorUnitsPerUnit(), Currency.RUB);
    }
}
