package org.cardhub.periods.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.contracts.entity.ContractStatus;
import org.cardhub.ledger.boundary.ClosedMonths;
import org.cardhub.periods.entity.ClosingSchedule;
import org.cardhub.periods.entity.MonthStatus;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The month-close timer's work: which contracts of a time zone have a month due and never closed, and closing one
 * contract's month in a transaction of its own, so that one contract that fails stops none of the others. Called only
 * by {@link org.cardhub.periods.boundary.MonthCloseTimer}.
 */
@Stateless
@PermitAll
public class MonthClosing {

    private static final List<ContractStatus> IN_FORCE = List.of(ContractStatus.ACTIVE, ContractStatus.SUSPENDED);

    @PersistenceContext
    EntityManager em;

    @EJB
    ClosedMonths closedMonths;

    @EJB
    AuditLog audit;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> zones() {
        return em.createQuery("SELECT DISTINCT c.timeZone FROM Contract c", String.class).getResultList();
    }

    /**
     * Up to {@code max} contracts of the zone, after {@code afterId} in id order, whose {@code month} has never been
     * closed (a month a person reopened stays open until a person closes it again) and that kept books in it: in force
     * and made before it ended, or with an entry booked in it (a contract closed since, the demo's history).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> due(String zone, YearMonth month, long afterId, int max) {
        ZoneId zoneId = ZoneId.of(zone);
        Instant start = ClosingSchedule.endOf(month.minusMonths(1), zoneId);
        Instant end = ClosingSchedule.endOf(month, zoneId);
        return em.createQuery("SELECT c.id FROM Contract c WHERE c.timeZone = :zone AND c.id > :after "
                        + "AND ((c.status IN :inForce AND c.createdAt < :end) OR EXISTS (SELECT e.id FROM JournalEntry e "
                        + "WHERE e.contractId = c.id AND e.bookedAt >= :start AND e.bookedAt < :end)) "
                        + "AND NOT EXISTS (SELECT p.id FROM PeriodChange p WHERE p.contractId = c.id AND p.month = :month) "
                        + "ORDER BY c.id", Long.class)
                .setParameter("zone", zone).setParameter("after", afterId).setParameter("inForce", IN_FORCE)
                .setParameter("start", start).setParameter("end", end).setParameter("month", month.toString())
                .setMaxResults(max).getResultList();
    }

    /**
     * Closes the contract's month unless it was ever closed: another server of a cluster may have closed it since the
     * candidates were read, or a person closed or reopened it. Returns whether this call closed it.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean close(long contractId, YearMonth month, Instant now) {
        if (!closedMonths.changes(contractId, month, month).isEmpty()
                || !closedMonths.close(contractId, month, MonthStatus.TIMER, now)) {
            return false;
        }
        audit.record(MonthStatus.TIMER, "period.close", AuditSubject.CONTRACT, contractId, month.toString());
        return true;
    }
}
