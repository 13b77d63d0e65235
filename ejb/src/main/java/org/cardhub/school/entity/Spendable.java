package org.cardhub.school.entity;

import org.cardhub.limits.entity.Allowance;
import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.Serializable;
import java.util.Optional;

/**
 * What a pupil can still spend today: the money on the card's purses, less what its money limits (a day's, a week's,
 * a month's — those over every purchase) have already used up, whichever leaves less. A per-purchase limit caps one
 * purchase, not the day, and a limit on some products only caps those: neither is counted here.
 *
 * @param left     what can still be spent today
 * @param limited  whether a limit, not the money on the card, sets it
 * @param dayLimit the card's daily money limit, when it has one
 */
public record Spendable(Amount left, boolean limited, Amount dayLimit) implements Serializable {

    /**
     * @param general the general purse's available money, or null
     * @param canteen the canteen purse's, or null; with neither, the money the allowance says the card draws on
     */
    public static Spendable of(Allowance allowance, Amount general, Amount canteen) {
        Amount money = general == null && canteen == null ? positive(allowance.balance())
                : positive(general).plus(positive(canteen));
        Optional<Long> byLimits = allowance.limits().stream().filter(Spendable::capsTheDay)
                .map(Allowance.Headroom::left).min(Long::compare);
        Amount dayLimit = allowance.limits().stream()
                .filter(limit -> capsTheDay(limit) && limit.period() == LimitPeriod.DAY)
                .map(Allowance.Headroom::value).min(Long::compare).map(Spendable::rub).orElse(null);
        if (byLimits.isPresent() && byLimits.get() < money.minorUnits()) {
            return new Spendable(rub(byLimits.get()), true, dayLimit);
        }
        return new Spendable(money, false, dayLimit);
    }

    private static boolean capsTheDay(Allowance.Headroom limit) {
        return limit.measure() == LimitMeasure.MONEY && limit.period() != LimitPeriod.TRANSACTION && limit.categories().isEmpty();
    }

    private static Amount positive(Amount amount) {
        return amount == null || amount.isNegative() ? Amount.zero(Currency.RUB) : amount;
    }

    private static Amount rub(long minor) {
        return Amount.ofMinorUnits(minor, Currency.RUB);
    }
}
