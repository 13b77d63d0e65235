package org.cardhub.school.entity;

import org.cardhub.limits.entity.Allowance;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Optional;

/**
 * What a child can still spend today, in the school's day: what the tightest daily limit on money (the card's or the
 * school's, for every purchase) leaves, but no more than both purses hold together.
 *
 * @param left   what can still be spent today
 * @param daily  the daily limit that leaves the least, null when no daily limit applies
 * @param onCard the general and canteen balances available together, never below zero
 */
public record SpendableToday(Amount left, Amount daily, Amount onCard) implements Serializable {

    public static SpendableToday of(Allowance allowance, Amount general, Amount canteen) {
        Amount onCard = atLeastZero(general).plus(atLeastZero(canteen));
        Optional<Allowance.Headroom> tightest = allowance.limits().stream()
                .filter(limit -> limit.measure() == LimitMeasure.MONEY && limit.period() == LimitPeriod.DAY
                        && limit.categories().isEmpty())
                .min(Comparator.comparingLong(Allowance.Headroom::left));
        if (tightest.isEmpty()) {
            return new SpendableToday(onCard, null, onCard);
        }
        Amount byLimit = tightest.get().leftAmount();
        return new SpendableToday(byLimit.isLessThan(onCard) ? byLimit : onCard, tightest.get().valueAmount(), onCard);
    }

    private static Amount atLeastZero(Amount amount) {
        return amount == null || amount.isNegative() ? Amount.zero(Currency.RUB) : amount;
    }

    public boolean limited() {
        return daily != null;
    }
}
