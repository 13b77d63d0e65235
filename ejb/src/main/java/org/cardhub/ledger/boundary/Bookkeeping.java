package org.cardhub.ledger.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.Role;
import org.cardhub.ledger.entity.HoldStatus;
import org.cardhub.ledger.entity.LedgerCheck;
import org.cardhub.money.Currency;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The back office's own work on the ledger, each in a transaction of its own: closing a contract's month, after
 * which no entry may fall into it, and the self-check that recomputes every balance from the postings.
 */
@Stateless
@RolesAllowed(Role.Names.BACKOFFICE)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class Bookkeeping {

    @PersistenceContext
    EntityManager em;

    @EJB
    ClosedMonths closedMonths;

    @EJB
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    /**
     * Closes the month, whichever it is: the current one too, which freezes the contract's books until it is reopened
     * (the back-office page and the month-close timer close only months that have ended). Nothing when it is closed.
     */
    public void closeMonth(long contractId, YearMonth month) {
        String actor = audit.actor(null);
        if (closedMonths.close(contractId, month, actor, Instant.now(clock))) {
            audit.record(actor, "period.close", AuditSubject.CONTRACT, contractId, month.toString());
        }
    }

    /** Recomputes every balance from the postings and compares; see {@link LedgerCheck}. */
    public LedgerCheck check() {
        Map<Currency, Long> sums = new EnumMap<>(Currency.class);
        for (Object[] row : em.createQuery("SELECT p.currency, SUM(p.amount) FROM Posting p GROUP BY p.currency",
                Object[].class).getResultList()) {
            sums.put((Currency) row[0], ((Number) row[1]).longValue());
        }
        List<String> disagreements = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT a.id, a.balance, COALESCE(SUM(p.amount), 0) FROM Account a "
                + "LEFT JOIN Posting p ON p.accountId = a.id WHERE a.systemCode IS NULL GROUP BY a.id, a.balance "
                + "HAVING a.balance <> COALESCE(SUM(p.amount), 0)", Object[].class).getResultList()) {
            disagreements.add("account " + row[0] + ": cached balance " + row[1] + ", postings " + row[2]);
        }
        for (Object[] row : em.createQuery("SELECT a.id, a.held, COALESCE(SUM(h.amount), 0) FROM Account a "
                + "LEFT JOIN Hold h ON h.accountId = a.id AND h.status = :open WHERE a.systemCode IS NULL "
                + "GROUP BY a.id, a.held HAVING a.held <> COALESCE(SUM(h.amount), 0)", Object[].class)
                .setParameter("open", HoldStatus.OPEN).getResultList()) {
            disagreements.add("account " + row[0] + ": cached holds " + row[1] + ", open holds " + row[2]);
        }
        return new LedgerCheck(sums, disagreements);
    }
}
