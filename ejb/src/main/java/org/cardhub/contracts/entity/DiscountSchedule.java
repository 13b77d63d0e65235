package org.cardhub.contracts.entity;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The discounts of one tariff, and which of them prices a sale on a day. Of the rows in force that cover the sale,
 * the most specific scope wins ({@link DiscountScope#specificity()}: product + region beats product beats all); of
 * equally specific ones the latest to start (a later row supersedes an earlier one), then the latest written.
 */
public final class DiscountSchedule {

    private static final Comparator<TariffDiscount> PRECEDENCE = Comparator
            .comparingInt((TariffDiscount row) -> row.scope().specificity())
            .thenComparing(TariffDiscount::effectiveFrom)
            .thenComparing(TariffDiscount::id, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final List<TariffDiscount> rows;

    public DiscountSchedule(List<TariffDiscount> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The rate for a sale on {@code day} under a contract with these chosen stations; none when no row applies. */
    public DiscountRate rateFor(Sale sale, Collection<String> stations, LocalDate day) {
        return rows.stream().filter(row -> row.appliesTo(sale, stations, day)).max(PRECEDENCE)
                .map(TariffDiscount::rate).orElse(DiscountRate.NONE);
    }
}
