package org.cardhub.fleet.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.Serializable;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Set;

/**
 * A line of a contract's transactions. The amount and volume are as the operation had them (never negative); the
 * type says which way they went. Card, holder, vehicle and plate are null for a movement on the contract's own
 * account. The status and the suspicions are read for the rows of a page, not with every row.
 */
public record TransactionRow(long id, Instant bookedAt, TransactionType type, String panMasked, String holder,
                             String station, String region, String product, Amount amount, Amount volume,
                             String vehicle, String plate, String group, TransactionStatus status,
                             Set<Suspicion> suspicions) implements Serializable {

    public TransactionRow {
        suspicions = Set.copyOf(suspicions);
    }

    /** A booked, unsuspected row of a card with no vehicle, plate or group known. */
    public TransactionRow(long id, Instant bookedAt, TransactionType type, String panMasked, String holder, String station,
                          String region, String product, Amount amount, Amount volume) {
        this(id, bookedAt, type, panMasked, holder, station, region, product, amount, volume, null, null, null,
                TransactionStatus.BOOKED, Set.of());
    }

    public TransactionRow marked(TransactionStatus status, Set<Suspicion> suspicions) {
        return new TransactionRow(id, bookedAt, type, panMasked, holder, station, region, product, amount, volume,
                vehicle, plate, group, status, suspicions);
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
        if (volume.isZero() || volume.currency() != Currency.LITRE) {
            return null;
        }
        return Amount.parse(amount.toBigDecimal().divide(volume.toBigDecimal(), 2, RoundingMode.HALF_UP).toPlainString(),
                Currency.RUB);
    }
}
