package org.cardhub.limits.entity;

import java.util.List;
import java.util.Optional;

/**
 * What a card's spending is checked against: its restriction (categories, hours, stations), if it has one,
 * and its own and its contract's limits. Read before the spend locks its accounts, so the lock is held for
 * the writes only.
 */
public record CardRules(Optional<CardRestriction> restriction, List<SpendingLimit> limits) {

    public CardRules {
        limits = List.copyOf(limits);
    }

    /** A contract-wide limit makes all the contract's cards' spending queue on the contract account. */
    public boolean hasContractWideLimit() {
        return limits.stream().anyMatch(SpendingLimit::isContractWide);
    }
}
