package org.cardhub.operations.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.Role;
import org.cardhub.operations.entity.Latency;
import org.cardhub.operations.entity.LedgerStatus;
import org.cardhub.operations.entity.MetricSample;
import org.cardhub.operations.entity.MinuteFigures;
import org.cardhub.operations.entity.OperationsPicture;
import org.cardhub.operations.entity.TrafficReadings;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The back office's operations page: the sampled minutes of the last hours, every node's together, and the ledger check. */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class OperationsBoard {

    @PersistenceContext
    EntityManager em;

    @EJB
    LedgerWatch ledger;

    /** The last {@code hours} (1 to 48) up to now. */
    public OperationsPicture lastHours(int hours) {
        int window = Math.max(1, Math.min(hours, (int) MetricSample.KEPT_HOURS));
        Instant since = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(window, ChronoUnit.HOURS);
        List<MinuteFigures> minutes = em.createQuery("SELECT s.sampledAt, SUM(s.terminalApproved), SUM(s.terminalDeclined), "
                        + "SUM(s.terminalAccepted), SUM(s.partnerSuccess), SUM(s.partnerRefused), SUM(s.partnerRateLimited), "
                        + "SUM(s.partnerFailed), MAX(s.latencyP50Micros), MAX(s.latencyP95Micros), MAX(s.latencyP99Micros), "
                        + "MAX(s.deadLetters), MAX(s.outboxLagSeconds), MAX(s.ledgerProblems) FROM MetricSample s "
                        + "WHERE s.sampledAt >= :since GROUP BY s.sampledAt ORDER BY s.sampledAt", Object[].class)
                .setParameter("since", since).getResultList().stream().map(OperationsBoard::minute).toList();
        return new OperationsPicture(minutes, ledger.runsSince(since), ledger.status());
    }

    /** The latest word of the ledger check, for the banner of the back office's home page. */
    public LedgerStatus ledger() {
        return ledger.status();
    }

    /** Runs the ledger check now. */
    public LedgerStatus checkLedgerNow() {
        return ledger.runNow();
    }

    private static MinuteFigures minute(Object[] row) {
        return new MinuteFigures((Instant) row[0],
                new TrafficReadings(n(row[1]), n(row[2]), n(row[3]), n(row[4]), n(row[5]), n(row[6]), n(row[7])),
                new Latency(n(row[8]), n(row[9]), n(row[10])), n(row[11]), n(row[12]), n(row[13]));
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
