package org.cardhub.meals.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One school day's canteen sales as they were settled to the supplier: the sales (late ones of earlier days included),
 * the programme's commission, the supplier's share, the meals, the journal entry that moved them (none when they netted
 * out to nothing) and when. The month's total is one of these without a day or an entry.
 */
public record SettledDay(LocalDate day, Amount sales, Amount commission, Amount share, long meals, Long entryId,
                         Instant settledAt) implements Serializable {

    /** The sum of the days: sales, commission, share and meals added up. */
    public static SettledDay total(Iterable<SettledDay> days, Amount zero) {
        Amount sales = zero;
        Amount commission = zero;
        Amount share = zero;
        long meals = 0;
        for (SettledDay day : days) {
            sales = sales.plus(day.sales);
            commission = commission.plus(day.commission);
            share = share.plus(day.share);
            meals += day.meals;
        }
        return new SettledDay(null, sales, commission, share, meals, null, null);
    }

    /** Whether it moved anything: a day whose sales netted out to nothing did not. */
    public boolean movedMoney() {
        return entryId != null;
    }
}
