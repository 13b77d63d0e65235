package org.cardhub.contracts.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

/**
 * The law's caps on a prepaid wallet by identification tier (115-FZ / 161-FZ practice, as QIWI applies
 * them): non-identified ≤ 15 000 ₽ balance and ≤ 40 000 ₽ turnover a month; identified ≤ 100 000 ₽ and
 * ≤ 1 000 000 ₽. A person holds at most three wallet cards.
 */
public record WalletCaps(Amount maxBalance, Amount maxMonthlyTurnover) {

    public static final int MAX_CARDS_PER_PERSON = 3;

    public static WalletCaps of(WalletTier tier) {
        return switch (tier) {
            case NON_IDENTIFIED -> new WalletCaps(roubles(15_000), roubles(40_000));
            case IDENTIFIED -> new WalletCaps(roubles(100_000), roubles(1_000_000));
        };
    }

    private static Amount roubles(long roubles) {
        return Amount.ofMinorUnits(roubles * Currency.RUB.minorUnitsPerUnit(), Currency.RUB);
    }
}
