package org.cardhub.meals.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a canteen sold in some slice of a period: the revenue (sales less reversals) and the meals (sales less their
 * reversals), and so the average check, rounded half-up to the kopeck.
 */
public record SalesFigures(long revenueMinor, long meals) implements Serializable {

    public static final SalesFigures NONE = new SalesFigures(0, 0);

    public Amount revenue() {
        return Amount.ofMinorUnits(revenueMinor, Currency.RUB);
    }

    /** The revenue per meal; nothing when no meal was sold. */
    public Amount averageCheck() {
        if (meals <= 0) {
            return Amount.zero(Currency.RUB);
        }
        return Amount.ofMinorUnits(BigDecimal.valueOf(revenueMinor).divide(BigDecimal.valueOf(meals), 0, RoundingMode.HALF_UP)
                .longValueExact(), Currency.RUB);
    }

    public SalesFigures plus(SalesFigures other) {
        return new SalesFigures(Math.addExact(revenueMinor, other.revenueMinor), Math.addExact(meals, other.meals));
    }

    public boolean isEmpty() {
        return revenueMinor == 0 && meals == 0;
    }
}
