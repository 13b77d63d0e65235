package org.cardhub.periods.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.ledger.boundary.ClosedMonths;
import org.cardhub.ledger.entity.InvalidPeriodChangeException;
import org.cardhub.ledger.entity.PeriodChange;
import org.cardhub.periods.entity.ClosingSchedule;
import org.cardhub.periods.entity.ContractBooks;
import org.cardhub.periods.entity.MonthStatus;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The back office's month close: a contract's months with their status, page by page; closing a month that has ended
 * without waiting for the timer; reopening a closed one with a reason. Each change in a transaction of its own,
 * audited; the ledger's {@link ClosedMonths} does the closing.
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Periods {

    @PersistenceContext
    EntityManager em;

    @EJB
    ClosedMonths closedMonths;

    @EJB
    AuditLog audit;

    @EJB
    ObjectAccess access;

    private final Clock clock = Clock.systemUTC();

    /** The contract of that number (blanks around it ignored) with the range of its months, if there is one. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<ContractBooks> books(String contractNumber) {
        String number = contractNumber == null ? "" : contractNumber.strip();
        return em.createQuery("SELECT c.id FROM Contract c WHERE c.number = :number", Long.class)
                .setParameter("number", number).getResultStream().findFirst()
                .filter(access::mayUseContract).map(this::books);
    }

    /** Up to {@code max} of the contract's months from the {@code offset}-th newest, newest first, in one query. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<MonthStatus> months(long contractId, int offset, int max) {
        ContractBooks books = books(contractId);
        List<YearMonth> page = books.page(offset, max);
        if (page.isEmpty()) {
            return List.of();
        }
        List<PeriodChange> story = closedMonths.changes(contractId, page.get(page.size() - 1), page.get(0));
        Instant now = Instant.now(clock);
        return page.stream().map(month -> MonthStatus.of(month, story, now, books.zone())).toList();
    }

    /**
     * Closes a month that has ended in the contract's zone, without waiting for the grace period; false when it was
     * closed already. A month not over yet is refused: it would stop every payment of the contract.
     */
    public boolean closeNow(long contractId, YearMonth month) {
        ContractBooks books = books(contractId);
        Instant now = Instant.now(clock);
        if (!books.holds(month) || !ClosingSchedule.hasEnded(month, now, books.zone())) {
            throw new InvalidPeriodChangeException(InvalidPeriodChangeException.Code.NOT_ENDED,
                    "Month " + month + " of contract " + books.number() + " has not ended");
        }
        String actor = audit.actor(null);
        boolean closed = closedMonths.close(contractId, month, actor, now);
        if (closed) {
            audit.record(actor, "period.close", AuditSubject.CONTRACT, contractId, month.toString());
        }
        return closed;
    }

    /** Opens a closed month again, with a reason of 1 to 500 characters; what it was reopened for is kept. */
    public PeriodChange reopen(long contractId, YearMonth month, String reason) {
        books(contractId);
        String actor = audit.actor(null);
        PeriodChange reopened = closedMonths.reopen(contractId, month, actor, reason, Instant.now(clock));
        audit.record(actor, "period.reopen", AuditSubject.CONTRACT, contractId, month + ": " + reopened.reason());
        return reopened;
    }

    private ContractBooks books(long contractId) {
        access.requireContract(contractId);
        Object[] contract = em.createQuery("SELECT c.number, c.timeZone, c.createdAt FROM Contract c WHERE c.id = :id",
                Object[].class).setParameter("id", contractId).getResultStream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("contract", contractId));
        return ContractBooks.of(contractId, (String) contract[0], ZoneId.of((String) contract[1]), (Instant) contract[2],
                closedMonths.firstBooking(contractId).orElse(null), Instant.now(clock));
    }
}
