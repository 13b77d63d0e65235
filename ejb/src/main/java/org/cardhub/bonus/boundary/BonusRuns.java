package org.cardhub.bonus.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.cardhub.bonus.control.BonusProgrammes;
import org.cardhub.bonus.control.DueWork;
import org.cardhub.bonus.control.ProgrammeWork;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The programme's periodic work as of a moment — the timer passes the clock's now, tests a moment of their choosing:
 * wallet purchases at ordinary terminals earn cashback (and reversed ones give it back), books come to their day
 * (pending points become spendable, old ones expire, oldest first). What is due is found by a query over all wallets,
 * each item is done in a transaction of its own and idempotently, so a run may repeat or overlap another and one item
 * that fails is tried again at the next run. Not on the terminals' path: a purchase is booked without waiting for it.
 * Local to the application: no adapter exposes it.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BonusRuns {

    private static final Logger LOG = Logger.getLogger(BonusRuns.class.getName());
    private static final int BATCH = 500;

    @Inject
    BonusProgrammes programmes;

    @Inject
    DueWork due;

    @EJB
    ProgrammeWork work;

    /** What a run did: items done and items that failed (to be tried at the next run). */
    public record Run(int done, int failed) {
    }

    /** Wallet purchases booked since the programme's cashback day earn cashback; reversed ones give it back. */
    public Run sweepCashback(Instant now) {
        Instant from = programmes.active().cashbackFrom().atStartOfDay(ZoneOffset.UTC).toInstant();
        Run earned = inBatches(after -> due.purchasesToEarn(from, after, BATCH), id -> work.earnCashback(id, now));
        Run takenBack = inBatches(after -> due.purchasesToTakeBack(after, BATCH), id -> work.takeBackCashback(id, now));
        return new Run(earned.done() + takenBack.done(), earned.failed() + takenBack.failed());
    }

    /**
     * Every book with points due comes to its day at {@code now}: the day is the wallet's own, so a run every hour
     * reaches each time zone's midnight within the hour; books due nowhere yet are not touched.
     */
    public Run passTime(Instant now) {
        LocalDate latestDay = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
        int done = 0;
        int failed = 0;
        String after = "";
        for (List<String> holders = due.booksDue(latestDay, after, BATCH); !holders.isEmpty();
             holders = due.booksDue(latestDay, after, BATCH)) {
            for (String holder : holders) {
                if (attempt(() -> work.passTime(holder, now), holder)) {
                    done++;
                } else {
                    failed++;
                }
                after = holder;
            }
        }
        return new Run(done, failed);
    }

    /** One wallet's book comes to its day at {@code now}. */
    public void passTime(Instant now, String walletNumber) {
        work.passTime(walletNumber, now);
    }

    private Run inBatches(LongFunction<List<Long>> batch, Consumer<Long> item) {
        int done = 0;
        int failed = 0;
        long after = 0;
        for (List<Long> ids = batch.apply(after); !ids.isEmpty(); ids = batch.apply(after)) {
            for (Long id : ids) {
                if (attempt(() -> item.accept(id), id)) {
                    done++;
                } else {
                    failed++;
                }
                after = id;
            }
        }
        return new Run(done, failed);
    }

    private static boolean attempt(Runnable item, Object what) {
        try {
            item.run();
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Bonus work on " + what + " failed; tried again at the next run", e);
            return false;
        }
    }
}
