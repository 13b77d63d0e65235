package org.cardhub.contracts.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** A tariff with all its discount rows, the latest to start first: what the back office reads and edits. */
public record TariffSheet(Tariff tariff, List<TariffDiscount> discounts) implements Serializable {

    public TariffSheet {
        discounts = List.copyOf(discounts);
    }

    /**
     * Where one of its rows stands on {@code day}: in force unless it has not started, has ended, or a row of the same
     * scope that started later (or the same day, written later) and is in force too has taken its place.
     */
    public DiscountStatus statusOf(TariffDiscount row, LocalDate day) {
        if (row.hasEnded(day)) {
            return DiscountStatus.ENDED;
        }
        if (row.effectiveFrom().isAfter(day)) {
            return DiscountStatus.FUTURE;
        }
        boolean replaced = discounts.stream().anyMatch(other -> other != row && other.isInForceOn(day)
                && other.scope().equals(row.scope()) && (other.effectiveFrom().isAfter(row.effectiveFrom())
                || other.effectiveFrom().equals(row.effectiveFrom()) && other.id() > row.id()));
        return replaced ? DiscountStatus.SUPERSEDED : DiscountStatus.IN_FORCE;
    }
}
