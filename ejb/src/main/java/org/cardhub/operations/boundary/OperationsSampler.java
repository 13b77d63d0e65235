package org.cardhub.operations.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.DependsOn;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.notifications.boundary.OperationsNotices;
import org.cardhub.operations.control.Nodes;
import org.cardhub.operations.entity.Latency;
import org.cardhub.operations.entity.LedgerStatus;
import org.cardhub.operations.entity.MetricSample;
import org.cardhub.operations.entity.TrafficReadings;
import org.cardhub.partners.entity.PartnerTraffic;
import org.cardhub.terminals.boundary.DeadLetters;
import org.cardhub.terminals.entity.TerminalTraffic;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Timer;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The operations metrics that are not counted where they happen: gauges of the dead-letter queue's depth, the outbox's
 * lag (the age of its oldest waiting message) and the ledger check's word, registered in the application's registry and
 * answered from memory (a scrape never reaches the database or the broker); refreshed every 15 seconds (the dead letters
 * each minute). Each minute the minute's figures — the counters' differences, the reply latency's percentiles, the
 * gauges — are written as one sample per node for the operations page, and what is older than 48 hours goes.
 */
@Singleton
@DependsOn("SchemaMigration")
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@PermitAll
public class OperationsSampler {

    private static final Logger LOG = Logger.getLogger(OperationsSampler.class.getName());
    static final String DEAD_LETTERS = "cardhub_dead_letters";
    static final String OUTBOX_LAG = "cardhub_outbox_lag_seconds";
    static final String LEDGER_OK = "cardhub_ledger_check_ok";
    static final String LEDGER_PROBLEMS = "cardhub_ledger_check_problems";
    private static final Duration RUNS_KEPT = Duration.ofDays(30);

    @Inject
    MetricRegistry registry;

    @PersistenceContext
    EntityManager em;

    @EJB
    LedgerWatch ledger;

    @EJB
    DeadLetters deadLetters;

    @EJB
    OperationsNotices outbox;

    private final String node = Nodes.name();
    private volatile long deadLetterDepth;
    private volatile Instant oldestWaiting;
    private volatile LedgerStatus ledgerStatus = LedgerStatus.UNKNOWN;
    private TrafficReadings counted;
    private Instant sampledMinute;

    @PostConstruct
    void registerGauges() {
        for (String name : new String[]{DEAD_LETTERS, OUTBOX_LAG, LEDGER_OK, LEDGER_PROBLEMS}) {
            registry.remove(name);
        }
        registry.gauge(DEAD_LETTERS, () -> deadLetterDepth);
        registry.gauge(OUTBOX_LAG, () -> outboxLagSeconds(Instant.now()));
        registry.gauge(LEDGER_OK, () -> ledgerStatus.isSound() ? 1 : 0);
        registry.gauge(LEDGER_PROBLEMS, () -> ledgerStatus.problems());
    }

    @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void tick() {
        Instant now = Instant.now();
        try {
            oldestWaiting = outbox.oldestPendingSince().orElse(null);
            ledgerStatus = ledger.status();
            Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
            if (!minute.equals(sampledMinute)) {
                deadLetterDepth = deadLetterDepthOrLast();
                sample(now, minute);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The operations metrics could not be sampled: {0}", e.toString());
        }
    }

    private void sample(Instant now, Instant minute) {
        TrafficReadings readings = readings();
        if (counted != null) {
            em.persist(new MetricSample(node, minute.minus(1, ChronoUnit.MINUTES), readings.since(counted), latency(),
                    deadLetterDepth, outboxLagSeconds(now), ledgerStatus.problems()));
            em.createQuery("DELETE FROM MetricSample s WHERE s.sampledAt < :before")
                    .setParameter("before", now.minus(MetricSample.KEPT_HOURS, ChronoUnit.HOURS)).executeUpdate();
            em.createQuery("DELETE FROM LedgerCheckRun r WHERE r.finishedAt < :before")
                    .setParameter("before", now.minus(RUNS_KEPT)).executeUpdate();
        }
        counted = readings;
        sampledMinute = minute;
    }

    /** The terminal messages and partner requests counted since this deployment started. */
    private TrafficReadings readings() {
        TrafficReadings readings = TrafficReadings.NONE;
        for (Map.Entry<MetricID, Counter> counter : registry.getCounters((id, metric) -> id.getName().equals(TerminalTraffic.MESSAGES))
                .entrySet()) {
            readings = readings.withTerminal(tag(counter.getKey(), TerminalTraffic.STATUS), counter.getValue().getCount());
        }
        for (Map.Entry<MetricID, Counter> counter : registry.getCounters((id, metric) -> id.getName().equals(PartnerTraffic.REQUESTS))
                .entrySet()) {
            readings = readings.withPartner(tag(counter.getKey(), PartnerTraffic.CODE), counter.getValue().getCount());
        }
        return readings;
    }

    private Latency latency() {
        Optional<Timer> replies = registry.getTimers((id, metric) -> id.getName().equals(TerminalTraffic.REPLY)).values().stream()
                .findFirst();
        return replies.map(timer -> Latency.of(timer.getSnapshot().percentileValues())).orElse(Latency.NONE);
    }

    private long deadLetterDepthOrLast() {
        try {
            return deadLetters.depth();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "the dead-message queue cannot be read; its last depth stands", e);
            return deadLetterDepth;
        }
    }

    private long outboxLagSeconds(Instant now) {
        Instant oldest = oldestWaiting;
        return oldest == null ? 0 : Math.max(0, Duration.between(oldest, now).toSeconds());
    }

    private static String tag(MetricID id, String name) {
        String value = id.getTags().get(name);
        return value == null ? "" : value;
    }
}
