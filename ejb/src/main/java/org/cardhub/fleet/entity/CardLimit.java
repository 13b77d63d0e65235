package org.cardhub.fleet.entity;

import org.cardhub.limits.entity.LimitMeasure;
import org.cardhub.limits.entity.LimitPeriod;
import org.cardhub.limits.entity.SpendingLimit;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.Serializable;
import java.util.List;

/**
 * A limit that applies to a card: its own, or one of the whole contract.
 *
 * @param amount     the money or litres allowed, null for a count of purchases
 * @param count      the purchases allowed, 0 for a limit of money or litres
 * @param categories the product categories it counts, empty for all of them
 */
public record CardLimit(LimitMeasure measure, LimitPeriod period, Amount amount, long count, List<String> categories,
                        boolean ofContract) implements Serializable {

    public CardLimit {
        categories = List.copyOf(categories);
    }

    public static CardLimit of(SpendingLimit limit) {
        Amount amount = switch (limit.measure()) {
            case MONEY -> Amount.ofMinorUnits(limit.value(), Currency.RUB);
            case VOLUME -> Amount.ofMinorUnits(limit.value(), Currency.LITRE);
            case COUNT -> null;
        };
        return new CardLimit(limit.measure(), limit.period(), amount, amount == null ? limit.value() : 0,
                List.copyOf(limit.categories()), limit.isContractWide());
    }

    public boolean countsPurchases() {
        return measure == LimitMeasure.COUNT;
    }
}
