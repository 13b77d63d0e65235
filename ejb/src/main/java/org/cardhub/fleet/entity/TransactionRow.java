package org.cardhub.fleet.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.Serializable;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Set;

/**
 * A line of a contract's transactions. The amount and volume are as the operation had them (never negative); the
 * type says which way they went. For a sale under a discounting tariff, {@code amount} is what was paid, {@code
 * discount} what the tariff took off (at {@code discountBasisPoints}) and {@link #price()} the station's price. Card, holder, vehicle and plate are null for a movement on the contract's own
 * account. The status and the suspicions are read for the rows of a page, not with every row.
 */
public record TransactionRow(long id, Instant bookedAt, TransactionType type, String panMasked, String holder,
                             String station, String region, String product, Amount amount, Amount volume,
                             Amount discount, int discountBasisPoints, String vehicle, String plate, String group,
                             TransactionStatus status, Set<Suspicion> suspicions) implements Serializable {

    public TransactionRow {
        suspicions = Set.copyOf(suspicions);
    }

    /** A booked, unsuspected, undiscounted row of a card with no vehicle, plate or group known. */
    public TransactionRow(long id, Instant bookedAt, TransactionType type, String panMasked, String holder, String station,
                          String region, String product, Amount amount, Amount volume) {
        this(id, bookedAt, type, panMasked, holder, station, region, product, amount, volume,
                Amount.zero(Currency.RUB), 0, null, null, null, TransactionStatus.BOOKED, Set.of());
    }

    public TransactionRow marked(TransactionStatus status, Set<Suspicion> suspicions) {
        return new TransactionRow(id, bookedAt, type, panMasked, holder, station, region, product, amount, volume,
                discount, discountBasisPoints, vehicle, plate, group, status, suspicions);
    }

    /** The station's price: what was paid and what the tariff took off. */
    public Amount price() {
        return amount.plus(discount);
    }

    public boolean isDiscounted() {
        return discount.isPositive();
    }

    /** A sale, whose price and discount mean something: a purchase or a fill-up's completion, or its reversal. */
    public boolean isSale() {
        return type == TransactionType.PURCHASE || type == TransactionType.REVERSAL && product != null;
    }

    public boolean isSuspicious() {
        return !suspicions.isEmpty();
    }

    public boolean isOverTank() {
        return suspicions.contains(Suspicion.OVER_TANK);
    }

    public boolean isReversed() {
        return status == TransactionStatus.REVERSED;
    }

    /** The price of a litre as paid (after any discount), to the kopeck; null when no litres were sold. */
    public Amount pricePerLitre() {
        return perLitre(amount);
    }

    /** The station's price of a litre (before any discount), to the kopeck; null when no litres were sold. */
    public Amount listPricePerLitre() {
        return perLitre(price());
    }

    private Amount perLitre(Amount money) {
        if (volume.isZero() || volume.currency() != Currency.LITRE) {
            return null;
        }
        return Amount.parse(money.toBigDecimal().divide(volume.toBigDecimal(), 2, RoundingMode.HALF_UP).toPlainString(),
                Currency.RUB);
    }
}
