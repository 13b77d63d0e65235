package org.cardhub.wallets.entity;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * When an auto-payment runs: weekly on a day of the week (1 Monday … 7 Sunday) or monthly on a day of the month 1–28,
 * which every month has.
 */
public record AutoPaymentSchedule(Kind kind, int day) implements Serializable {

    public static final int LAST_MONTHLY_DAY = 28;

    public enum Kind { WEEKLY, MONTHLY }

    public AutoPaymentSchedule {
        int last = kind == Kind.WEEKLY ? 7 : LAST_MONTHLY_DAY;
        if (kind == null || day < 1 || day > last) {
            throw new WalletRefusal(WalletRefusal.Code.SCHEDULE_INVALID,
                    "An auto-payment runs weekly on a day 1–7 or monthly on a day 1–28");
        }
    }

    public static AutoPaymentSchedule weekly(DayOfWeek day) {
        return new AutoPaymentSchedule(Kind.WEEKLY, day.getValue());
    }

    public static AutoPaymentSchedule monthly(int day) {
        return new AutoPaymentSchedule(Kind.MONTHLY, day);
    }

    /** The first run strictly after {@code date}: the next such weekday, or that day of this month or the next. */
    public LocalDate firstAfter(LocalDate date) {
        if (kind == Kind.WEEKLY) {
            return date.with(TemporalAdjusters.next(DayOfWeek.of(day)));
        }
        LocalDate thisMonth = date.withDayOfMonth(day);
        return thisMonth.isAfter(date) ? thisMonth : thisMonth.plusMonths(1);
    }
}
