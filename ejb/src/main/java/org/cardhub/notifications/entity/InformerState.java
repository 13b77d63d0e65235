package org.cardhub.notifications.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.Instant;
import java.time.YearMonth;

/**
 * The SMS informer of one child as their parent sees it: whether the school's programme offers it and at what price,
 * its state, and what connecting it today would charge ({@code dueNow}, for {@code daysLeft} of the {@code month}'s
 * {@code daysInMonth} days when prorated; zero when the month is paid already).
 */
public record InformerState(boolean offered, Amount monthly, boolean prorated, SmsInformer.Status status,
                            YearMonth paidMonth, YearMonth suspendedMonth, String suspendReason, Amount shortfall,
                            Amount lastCharge, Instant lastChargedAt, YearMonth month, Amount dueNow, int daysLeft,
                            int daysInMonth) implements Serializable {

    public static InformerState notOffered() {
        return new InformerState(false, null, false, SmsInformer.Status.OFF, null, null, null, null, null, null, null,
                null, 0, 0);
    }
}
