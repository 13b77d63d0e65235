package org.cardhub.school.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.Serializable;
import java.util.Objects;

import static org.cardhub.school.entity.InvalidChildRequestException.Code.AMOUNT_ABOVE_MAXIMUM;
import static org.cardhub.school.entity.InvalidChildRequestException.Code.AMOUNT_NOT_POSITIVE;
import static org.cardhub.school.entity.InvalidChildRequestException.Code.AMOUNT_NOT_ROUBLES;
import static org.cardhub.school.entity.InvalidChildRequestException.Code.SAME_PURSE;

/**
 * A parent moving money between their children's purses — from one child's card to another's, or between a card's
 * general and canteen balances: from 0,01 to {@link #MAX} roubles at once, between two different purses.
 */
public record ChildMove(PurseChoice from, PurseChoice to, Amount amount) implements Serializable {

    /** The most a parent moves at once. */
    public static final Amount MAX = Amount.ofMinorUnits(15_000_00, Currency.RUB);

    public ChildMove {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(amount, "amount");
        if (amount.currency() != Currency.RUB) {
            throw new InvalidChildRequestException(AMOUNT_NOT_ROUBLES, "A pupil's purses hold roubles, not " + amount.currency());
        }
        if (!amount.isPositive()) {
            throw new InvalidChildRequestException(AMOUNT_NOT_POSITIVE, "A move is of more than zero: " + amount);
        }
        if (amount.isGreaterThan(MAX)) {
            throw new InvalidChildRequestException(AMOUNT_ABOVE_MAXIMUM, "A move is of at most " + MAX + ": " + amount);
        }
        if (from.equals(to)) {
            throw new InvalidChildRequestException(SAME_PURSE, "A move needs two different purses");
        }
    }

    /** Between the two purses of one card rather than between two children. */
    public boolean withinOneCard() {
        return from.cardId() == to.cardId();
    }
}
