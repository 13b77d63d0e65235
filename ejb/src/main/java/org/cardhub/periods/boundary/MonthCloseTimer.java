package org.cardhub.periods.boundary;

import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.periods.control.MonthClosing;
import org.cardhub.periods.entity.ClosingSchedule;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour, closes the month that is due in each contract's time zone ({@link ClosingSchedule}: the month's end there
 * plus the grace period), for every contract that kept books in it and never had it closed; each contract in a
 * transaction of its own, so one that fails is tried again the next hour and stops none of the others.
 *
 * <p>Not persistent: what is due is computed from the books at every run, so a run missed while the server was down
 * is made good by the next one, and there is no timer store to set up or to keep across redeployments. On a deployment
 * group every instance runs it; the close is idempotent and locks the contract's accounts, so two at once close a
 * month once.</p>
 */
@Singleton
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MonthCloseTimer {

    private static final Logger LOG = Logger.getLogger(MonthCloseTimer.class.getName());
    private static final int BATCH = 200;

    @EJB
    MonthClosing closing;

    /**
     * The grace after a month's end, in hours: completions come within a hold's life, but terminals that were offline
     * over the month's last weekend forward their purchases days later; three days still leave the 4th for the
     * closing documents due on the 5th.
     */
    @Inject
    @ConfigProperty(name = "cardhub.periods.grace-hours", defaultValue = "72")
    long graceHours;

    @Inject
    @ConfigProperty(name = "cardhub.holds.ttl-minutes", defaultValue = "30")
    long holdTtlMinutes;

    /** The zones whose due month every contract had closed already, so that the rest of the month costs no query. */
    private final Set<String> done = new HashSet<>();

    private final Clock clock = Clock.systemUTC();

    @Schedule(hour = "*", minute = "7", persistent = false)
    public void closeDueMonths() {
        ClosingSchedule schedule = ClosingSchedule.of(Duration.ofHours(graceHours), Duration.ofMinutes(holdTtlMinutes));
        Instant now = Instant.now(clock);
        for (String zone : closing.zones()) {
            YearMonth month = schedule.lastDue(now, ZoneId.of(zone));
            if (!done.contains(zone + "|" + month) && closeAll(zone, month, now)) {
                done.add(zone + "|" + month);
            }
        }
    }

    /** Closes the month of every contract of the zone that is due; whether all of them were closed. */
    private boolean closeAll(String zone, YearMonth month, Instant now) {
        boolean all = true;
        List<Long> due = closing.due(zone, month, 0, BATCH);
        while (!due.isEmpty()) {
            for (Long contractId : due) {
                try {
                    closing.close(contractId, month, now);
                } catch (RuntimeException e) { // a refusal as much as a failure of the database
                    all = false;
                    LOG.log(Level.WARNING, "Month " + month + " of contract " + contractId
                            + " could not be closed now; next hour again", e);
                }
            }
            due = closing.due(zone, month, due.get(due.size() - 1), BATCH);
        }
        return all;
    }
}
