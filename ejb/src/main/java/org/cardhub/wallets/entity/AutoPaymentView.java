package org.cardhub.wallets.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An auto-payment as its holder's page lists it; {@code lastRun} and {@code lastOutcome} are null before the first
 * run ({@code lastOutcome}: {@link AutoPayment#SENT}, {@link AutoPayment#TARGET_GONE} or a decline's code).
 */
public record AutoPaymentView(long id, Receiver target, Amount amount, AutoPaymentSchedule schedule, LocalDate nextRun,
                              boolean active, LocalDate lastRun, String lastOutcome, int failures) implements Serializable {

    public static AutoPaymentView of(AutoPayment payment) {
        return new AutoPaymentView(payment.id(), payment.target(), payment.amount(), payment.schedule(),
                payment.nextRun(), payment.isActive(), payment.lastRun().orElse(null),
                payment.lastOutcome().orElse(null), payment.failures());
    }
}
