package org.cardhub.notifications.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.cardhub.notifications.control.InformerLedger;
import org.cardhub.notifications.entity.InformerCharge;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour, charges each connected SMS informer whose school's month has begun (in the school's time zone) and is not
 * paid yet: the month's full price from the child's main purse, or, when it cannot cover it, the informer suspended and
 * the parents told by email. A month is charged once per card: its charge's operation key names card, month and
 * attempt, so a run after a restart, or on a second server at the same time, finds the first charge and posts nothing.
 * An informer whose school's programme no longer offers it is switched off instead.
 *
 * <p>Not persistent, like the other timers: what is due is read from the informers at every run, so a run missed while
 * the server was down is made good by the next one.</p>
 */
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SmsInformerTimer {

    private static final Logger LOG = Logger.getLogger(SmsInformerTimer.class.getName());
    private static final int BATCH = 200;
    static final String SOURCE = "system:sms-informer";

    @EJB
    InformerLedger ledger;

    private final Clock clock = Clock.systemUTC();

    @Schedule(hour = "*", minute = "17", persistent = false)
    public void chargeDueMonths() {
        sweep(Instant.now(clock));
    }

    /** Charges what is due at {@code now}; how many months were paid by this run. */
    public int sweep(Instant now) {
        // the latest month any time zone is in: the informers paid up to it are due nowhere yet
        String latest = YearMonth.from(now.atOffset(ZoneOffset.MAX)).toString();
        int paid = 0;
        List<Long> due = ledger.activeUnpaidBefore(latest, 0, BATCH);
        while (!due.isEmpty()) {
            for (Long cardId : due) {
                try {
                    paid += chargeMonth(cardId, now) ? 1 : 0;
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "The SMS informer of card " + cardId
                            + " could not be charged now; next hour again", e);
                }
            }
            due = ledger.activeUnpaidBefore(latest, due.get(due.size() - 1), BATCH);
        }
        return paid;
    }

    private boolean chargeMonth(long cardId, Instant now) {
        InformerCharge charge = ledger.monthly(cardId, now);
        if (charge.kind() == InformerCharge.Kind.NOT_OFFERED) {
            ledger.withdraw(cardId, SOURCE, now);
        }
        if (charge.kind() != InformerCharge.Kind.CHARGE) {
            return false;
        }
        return ledger.settle(charge, ledger.charge(charge, SOURCE), false, SOURCE, now).isConnected();
    }
}
