package org.cardhub.periods.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A contract's books month by month: from the month they begin (the contract's record, or an earlier first entry)
 * to the current month in the contract's zone, newest first, so that a page of them is a range of months.
 */
public record ContractBooks(long contractId, String number, ZoneId zone, YearMonth first, YearMonth current)
        implements Serializable {

    /** The books as of {@code now}: begun when the contract was made, or at its first entry when that was earlier. */
    public static ContractBooks of(long contractId, String number, ZoneId zone, Instant created, Instant firstEntry,
                                   Instant now) {
        Instant begun = firstEntry != null && firstEntry.isBefore(created) ? firstEntry : created;
        YearMonth current = YearMonth.from(now.atZone(zone));
        YearMonth first = YearMonth.from(begun.atZone(zone));
        return new ContractBooks(contractId, number, zone, first.isAfter(current) ? current : first, current);
    }

    public int monthCount() {
        return (int) (first.until(current, ChronoUnit.MONTHS) + 1);
    }

    /** Up to {@code max} months from the {@code offset}-th newest one, newest first. */
    public List<YearMonth> page(int offset, int max) {
        List<YearMonth> months = new ArrayList<>();
        for (int index = offset; index < monthCount() && months.size() < max; index++) {
            months.add(current.minusMonths(index));
        }
        return months;
    }

    public boolean holds(YearMonth month) {
        return !month.isBefore(first) && !month.isAfter(current);
    }
}
