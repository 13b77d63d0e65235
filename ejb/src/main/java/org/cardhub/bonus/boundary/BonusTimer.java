package org.cardhub.bonus.boundary;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import java.time.Instant;

/**
 * The programme's clock ({@link BonusRuns}): every ten minutes wallet purchases earn their cashback, every hour books
 * come to their day. Not persistent: what is due is read from the records at every run, so a run missed while the
 * server was down is made good by the next.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BonusTimer {

    @EJB
    BonusRuns runs;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    public void sweepCashback() {
        runs.sweepCashback(Instant.now());
    }

    @Schedule(minute = "5", hour = "*", persistent = false)
    public void passTime() {
        runs.passTime(Instant.now());
    }
}
