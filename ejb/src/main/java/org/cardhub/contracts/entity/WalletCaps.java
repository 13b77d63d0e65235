package org.cardhub.contracts.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;
import java.util.Optional;

/**
 * The caps on a prepaid wallet of an identification tier (115-FZ / 161-FZ practice, as QIWI applies them), as its
 * {@link WalletLevel} holds them now — seeded as non-identified ≤ 15 000 ₽ balance and ≤ 40 000 ₽ turnover a month,
 * identified ≤ 100 000 ₽ and ≤ 1 000 000 ₽ — and what they refuse. A person holds at most three wallet cards.
 */
public record WalletCaps(WalletTier tier, Amount maxBalance, Amount maxMonthlyTurnover) implements Serializable {

    public static final int MAX_CARDS_PER_PERSON = 3;

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
}
