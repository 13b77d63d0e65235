package org.cardhub.ledger.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.ClosedPeriod;
import org.cardhub.ledger.entity.InvalidPeriodChangeException;
import org.cardhub.ledger.entity.MonthClosed;
import org.cardhub.ledger.entity.MonthReopened;
import org.cardhub.ledger.entity.PeriodChange;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/**
 * Closing and reopening a contract's months, in the caller's transaction (whose boundary checks who may): the
 * {@link ClosedPeriod} row that {@link Ledger#book} obeys, the story of every change ({@link PeriodChange}), and the
 * events {@link MonthClosed} and {@link MonthReopened} for whoever acts on closed books.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ClosedMonths {

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<MonthClosed> closings;

    @Inject
    Event<MonthReopened> reopenings;

    @EJB
    Ledger ledger;

    /**
     * Closes the month; false when it was closed already. Every account of the contract is locked first, in id order:
     * an operation posting to the contract holds the lock of one of them until it commits, so the close waits for
     * those under way, and those after it find the month closed ({@link Ledger#book} checks after its locks).
     */
    public boolean close(long contractId, YearMonth month, String actor, Instant now) {
        em.createQuery("SELECT a FROM Account a WHERE a.contractId = :contract ORDER BY a.id", Account.class)
                .setParameter("contract", contractId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (ledger.isClosed(contractId, month)) {
            return false;
        }
        em.persist(new ClosedPeriod(contractId, month, actor, now));
        em.persist(PeriodChange.closing(contractId, month, actor, now));
        closings.fire(new MonthClosed(contractId, month));
        return true;
    }

    /**
     * Holds the closed month's row until the caller's transaction ends (a reopen waits meanwhile) and says when the month
     * was closed; empty when it is open.
     */
    public Optional<Instant> holdClosed(long contractId, YearMonth month) {
        return Optional.ofNullable(em.find(ClosedPeriod.class, new ClosedPeriod.Key(contractId, month),
                LockModeType.PESSIMISTIC_WRITE)).map(ClosedPeriod::closedAt);
    }

    /** Opens a closed month again, for a reason; entries may post into it until it is closed again. */
    public PeriodChange reopen(long contractId, YearMonth month, String actor, String reason, Instant now) {
        PeriodChange reopened = PeriodChange.reopening(contractId, month, actor, now, reason);
        ClosedPeriod closed = em.find(ClosedPeriod.class, new ClosedPeriod.Key(contractId, month), LockModeType.PESSIMISTIC_WRITE);
        if (closed == null) {
            throw new InvalidPeriodChangeException(InvalidPeriodChangeException.Code.NOT_CLOSED,
                    "The books of contract " + contractId + " for " + month + " are open");
        }
        em.remove(closed);
        em.persist(reopened);
        reopenings.fire(new MonthReopened(contractId, month, reopened.reason()));
        return reopened;
    }

    /** Every close and reopen of the contract's months from {@code first} to {@code last}, newest month first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<PeriodChange> changes(long contractId, YearMonth first, YearMonth last) {
        return em.createQuery("SELECT p FROM PeriodChange p WHERE p.contractId = :contract AND p.month >= :first "
                        + "AND p.month <= :last ORDER BY p.month DESC, p.id", PeriodChange.class)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("contract", contractId).setParameter("first", first.toString())
                .setParameter("last", last.toString()).getResultList();
    }

    /** When the contract's first entry was booked, if it has any (its books may begin before the contract's record). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<Instant> firstBooking(long contractId) {
        // not MIN(): an aggregate loses the column's type, and the driver's Timestamp would miss the Instant converter
        return em.createQuery("SELECT e.bookedAt FROM JournalEntry e WHERE e.contractId = :contract ORDER BY e.bookedAt",
                Instant.class).setParameter("contract", contractId).setMaxResults(1).getResultStream().findFirst();
    }
}
