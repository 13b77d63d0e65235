package org.cardhub.limits.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.Serializable;
import java.util.Collection;
import java.util.Collections;
import java.util.Set;

import static org.cardhub.limits.entity.InvalidLimitException.Code.COUNT_PER_PURCHASE;
import static org.cardhub.limits.entity.InvalidLimitException.Code.LIMIT_INCOMPLETE;
import static org.cardhub.limits.entity.InvalidLimitException.Code.LIMIT_NOT_POSITIVE;
import static org.cardhub.limits.entity.InvalidLimitException.Code.LIMIT_UNIT_MISMATCH;

/**
 * What a limit allows, before it is anyone's: so much money (kopecks), so many litres (millilitres) or so many
 * purchases per transaction, day, week or month, for some product categories or all of them. Refused when it could
 * not be a limit: nothing counted, zero or less, a count per purchase, a category the catalog does not know.
 *
 * @param categories known category or fuel-grade codes; empty for every purchase
 */
public record LimitRule(LimitMeasure measure, LimitPeriod period, long value, Set<String> categories) implements Serializable {

    public LimitRule {
        if (measure == null || period == null) {
            throw new InvalidLimitException(LIMIT_INCOMPLETE, "A limit needs what it counts and over which period");
        }
        if (value <= 0) {
            throw new InvalidLimitException(LIMIT_NOT_POSITIVE, "A limit must be more than zero");
        }
        if (measure == LimitMeasure.COUNT && period == LimitPeriod.TRANSACTION) {
            throw new InvalidLimitException(COUNT_PER_PURCHASE, "A count limit needs a day, week or month");
        }
        categories = Collections.unmodifiableSet(ProductCategory.require(categories));
    }

    /** A limit of money (in roubles) or litres, as its amount says; a count of purchases takes {@link #count}. */
    public static LimitRule of(LimitMeasure measure, LimitPeriod period, Amount amount, Collection<String> categories) {
        if (measure == null || amount == null) {
            throw new InvalidLimitException(LIMIT_INCOMPLETE, "A limit needs what it counts and how much");
        }
        Currency wanted = measure == LimitMeasure.VOLUME ? Currency.LITRE : Currency.RUB;
        if (measure == LimitMeasure.COUNT || amount.currency() != wanted) {
            throw new InvalidLimitException(LIMIT_UNIT_MISMATCH, "A " + measure + " limit is not given in " + amount.currency());
        }
        return new LimitRule(measure, period, amount.minorUnits(), ProductCategory.require(categories));
    }

    public static LimitRule count(LimitPeriod period, long purchases, Collection<String> categories) {
        return new LimitRule(LimitMeasure.COUNT, period, purchases, ProductCategory.require(categories));
    }

    /** The money or litres allowed; null for a count of purchases. */
    public Amount amount() {
        return switch (measure) {
            case MONEY -> Amount.ofMinorUnits(value, Currency.RUB);
            case VOLUME -> Amount.ofMinorUnits(value, Currency.LITRE);
            case COUNT -> null;
        };
    }

    /** Two limits of the same kind and period take each other's place when a template is applied. */
    public boolean sameSlotAs(LimitMeasure otherMeasure, LimitPeriod otherPeriod) {
        return measure == otherMeasure && period == otherPeriod;
    }
}
