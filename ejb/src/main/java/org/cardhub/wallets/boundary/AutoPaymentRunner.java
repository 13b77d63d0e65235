package org.cardhub.wallets.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.wallets.control.AutoPaying;
import org.cardhub.wallets.control.AutoPaymentBook;
import org.cardhub.wallets.entity.AutoPaymentRun;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every hour, the wallets' auto-payments due by now in their wallets' zones are run one by one, each in its own
 * transaction ({@link AutoPaying}); one that fails to run is left for the next hour. Running again pays nothing twice,
 * and two runs at once wait for each other on each auto-payment's row, so neither is held up by the singleton.
 */
@Singleton
@DependsOn("SchemaMigration")
@PermitAll
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AutoPaymentRunner {

    private static final Logger LOG = Logger.getLogger(AutoPaymentRunner.class.getName());
    /** The furthest ahead of UTC a wallet's zone can be: its today may already be tomorrow in UTC. */
    private static final int DAYS_AHEAD_OF_UTC = 1;

    @EJB
    AutoPaying paying;

    @Inject
    AutoPaymentBook book;

    @Schedule(minute = "5", hour = "*", persistent = false)
    public void hourly() {
        runDue(Instant.now());
    }

    /** Runs every auto-payment due as of {@code now}; answers how many came to what. */
    public Map<AutoPaymentRun, Integer> runDue(Instant now) {
        List<Long> candidates = book.dueBy(LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(DAYS_AHEAD_OF_UTC));
        Map<AutoPaymentRun, Integer> done = new EnumMap<>(AutoPaymentRun.class);
        for (long id : candidates) {
            try {
                done.merge(paying.run(id, now), 1, Integer::sum);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Auto-payment " + id + " could not run now; next hour again", e);
            }
        }
        return done;
    }
}
