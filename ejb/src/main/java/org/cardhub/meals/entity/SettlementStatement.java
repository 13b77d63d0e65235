package org.cardhub.meals.entity;

import org.cardhub.money.Amount;
import org.cardhub.school.entity.SchoolRef;
import org.cardhub.school.entity.SupplierRef;

import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * A month's statement of what a school's canteen supplier was paid for the school's canteen sales («выписка по
 * расчётам»): each day settled in the month with its sales, commission, share and meals, and their totals; and the
 * supplier's account over the month in the school's time zone — its balance at the start, what this school's
 * settlements booked in the month credited to it (a month's last day is settled the next day, in the next month), what
 * else moved it (other schools', payouts), and its balance at the end — shown to the supplier's people and the back
 * office only (null for the school's director: the supplier's account is the supplier's). Without a supplier there is
 * nothing to state.
 */
public record SettlementStatement(SchoolRef school, SupplierRef supplier, YearMonth month, List<SettledDay> days,
                                  SettledDay total, Amount opening, Amount credited, Amount closing) implements Serializable {

    public SettlementStatement {
        days = List.copyOf(days);
    }

    public Optional<SupplierRef> supplierIfAny() {
        return Optional.ofNullable(supplier);
    }

    public boolean showsAccount() {
        return opening != null;
    }

    /** What moved the supplier's account in the month besides this school's settlements. */
    public Amount otherMovements() {
        return showsAccount() ? closing.minus(opening).minus(credited) : null;
    }
}
