package org.cardhub.limits.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a card can still spend today under a set of limits (its own and its contract's): for each limit, its value
 * less what its window (the day, week or month containing now) already used; for money, litres and purchases, the
 * least of those that count every purchase; and for money also the balance it draws on. A per-purchase limit caps
 * the next purchase, so it caps what can still be spent at once. A limit for some products only is listed with what
 * it leaves but caps the headline only for litres counted on all fuel, since only fuel is sold by the litre.
 *
 * @param balance what the purse the card spends from has available (its own or the contract's), null if it has none
 * @param limits  every limit with what it leaves, in the order given
 */
public record Allowance(Amount balance, List<Headroom> limits) implements Serializable {

    public Allowance {
        limits = List.copyOf(limits);
    }

    /**
     * A limit as the allowance counts it: what it allows, whose it is, and what its current window has used.
     *
     * @param limitId the saved limit's id; null for one proposed
     */
    public record Counted(Long limitId, LimitMeasure measure, LimitPeriod period, long value, Set<String> categories,
                          boolean ofContract, Usage used) {

        public Counted {
            Objects.requireNonNull(measure);
            Objects.requireNonNull(period);
            Objects.requireNonNull(used);
            categories = Set.copyOf(categories);
        }

        public static Counted of(SpendingLimit limit, Usage used) {
            return new Counted(limit.id(), limit.measure(), limit.period(), limit.value(), limit.categories(),
                    limit.isContractWide(), used);
        }

        public static Counted of(LimitRule rule, boolean ofContract, Usage used) {
            return new Counted(null, rule.measure(), rule.period(), rule.value(), rule.categories(), ofContract, used);
        }
    }

    /** A limit and what it still allows today, in its own measure (kopecks, millilitres or purchases), never below zero. */
    public record Headroom(Long limitId, LimitMeasure measure, LimitPeriod period, long value, Set<String> categories,
                           boolean ofContract, long left) implements Serializable {

        public Headroom {
            categories = Set.copyOf(categories);
        }

        /** What is left in money or litres; null for a count of purchases. */
        public Amount leftAmount() {
            return amountOf(measure, left);
        }

        public Amount valueAmount() {
            return amountOf(measure, value);
        }

        boolean capsEveryPurchase() {
            return categories.isEmpty() || measure == LimitMeasure.VOLUME && categories.contains(ProductCategory.FUEL.code());
        }
    }

    public static Allowance of(Amount balance, Collection<Counted> limits) {
        if (balance != null && balance.currency() != Currency.RUB) {
            throw new IllegalArgumentException("A card spends roubles: " + balance);
        }
        return new Allowance(balance, limits.stream().map(Allowance::headroom).toList());
    }

    private static Headroom headroom(Counted counted) {
        long used = counted.period() == LimitPeriod.TRANSACTION ? 0 : switch (counted.measure()) {
            case MONEY -> counted.used().amountMinor();
            case VOLUME -> counted.used().volumeMilli();
            case COUNT -> counted.used().count();
        };
        return new Headroom(counted.limitId(), counted.measure(), counted.period(), counted.value(), counted.categories(),
                counted.ofContract(), Math.max(0, counted.value() - used));
    }

    /** Money the card can still spend today: the least the limits leave and the balance; empty when nothing caps it. */
    public Optional<Amount> money() {
        Optional<Amount> byLimits = left(LimitMeasure.MONEY).map(kopecks -> Amount.ofMinorUnits(kopecks, Currency.RUB));
        if (balance == null) {
            return byLimits;
        }
        Amount spendable = balance.isNegative() ? Amount.zero(Currency.RUB) : balance;
        return Optional.of(byLimits.filter(limit -> limit.isLessThan(spendable)).orElse(spendable));
    }

    /** Litres the card can still take today; empty when no limit counts litres of all fuel. */
    public Optional<Amount> litres() {
        return left(LimitMeasure.VOLUME).map(millilitres -> Amount.ofMinorUnits(millilitres, Currency.LITRE));
    }

    /** What the saved limit {@code limitId} still allows today, if it is one of these. */
    public Optional<Headroom> of(Long limitId) {
        return limits.stream().filter(limit -> limit.limitId() != null && limit.limitId().equals(limitId)).findFirst();
    }

    /** Purchases the card can still make today; empty when no limit counts them. */
    public Optional<Long> purchases() {
        return left(LimitMeasure.COUNT);
    }

    private Optional<Long> left(LimitMeasure measure) {
        return limits.stream().filter(limit -> limit.measure() == measure && limit.capsEveryPurchase())
                .map(Headroom::left).min(Long::compare);
    }

    private static Amount amountOf(LimitMeasure measure, long quantity) {
        return switch (measure) {
            case MONEY -> Amount.ofMinorUnits(quantity, Currency.RUB);
            case VOLUME -> Amount.ofMinorUnits(quantity, Currency.LITRE);
            case COUNT -> null;
        };
    }
}
