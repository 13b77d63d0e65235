package org.cardhub.fleet.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.cardhub.callers.CardScope;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.fleet.entity.MoveRow;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The history of a contract's distributed balance: every transfer between the contract's own account and one of its
 * cards (the cabinet's moves, and any other), newest first, one row per card, paged and counted in the database and
 * narrowed to the cards of the caller's groups. Found from the postings on the contract's accounts (index
 * {@code posting_account_entry}), which only top-ups and such moves touch when the cards hold their own money, so
 * the purchases of a large fleet are never read.
 */
@Stateless
@RolesAllowed({Role.Names.CORPORATE, Role.Names.BACKOFFICE})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FleetMoves {

    /** The most rows one call hands out. */
    public static final int MAX_ROWS = 500;

    private static final String FROM = " FROM Posting q JOIN q.entry e JOIN Posting p ON p.entry = e "
            + "JOIN Account a ON a.id = p.accountId JOIN Card c ON c.id = a.cardId";
    private static final String WHERE = " WHERE q.accountId IN (SELECT b.id FROM Account b WHERE b.contractId = :contract "
            + "AND b.cardId IS NULL AND b.purpose = :main) AND e.kind = :transfer AND a.contractId = :contract";

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    public long count(long contractId) {
        access.requireContract(contractId);
        CardScope scope = access.cardScope(contractId);
        Query query = em.createQuery("SELECT COUNT(p)" + FROM + WHERE + narrowedTo(scope));
        bind(query, contractId, scope);
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Rows {@code first} to {@code first + max - 1}, newest first. */
    public List<MoveRow> page(long contractId, int first, int max) {
        access.requireContract(contractId);
        CardScope scope = access.cardScope(contractId);
        Query query = em.createQuery("SELECT e.id, e.bookedAt, e.actor, e.actor, p.amount, p.currency, c.id, c.panMasked, "
                + "c.holderName, e.description" + FROM + WHERE + narrowedTo(scope) + " ORDER BY e.bookedAt DESC, e.id DESC, c.id");
        bind(query, contractId, scope);
        List<Object[]> rows = query.setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(max, MAX_ROWS)))
                .getResultList().stream().map(Object[].class::cast).toList();
        Map<String, String> emails = emailsOf(em.find(Contract.class, contractId).organizationId(),
                rows.stream().map(row -> (String) row[2]).collect(Collectors.toSet()));
        return rows.stream().map(row -> {
            row[3] = emails.get((String) row[2]);
            return rowOf(row);
        }).toList();
    }

    /** The emails of the company's members among the page's actors, in one statement. */
    private Map<String, String> emailsOf(Long organizationId, Set<String> actors) {
        if (organizationId == null || actors.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT m.subject, m.email FROM OrganizationMember m WHERE m.organizationId = :organization "
                        + "AND m.subject IN :actors AND m.email IS NOT NULL", Object[].class)
                .setParameter("organization", organizationId).setParameter("actors", actors).getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (String) row[1], (a, b) -> a));
    }

    private static String narrowedTo(CardScope scope) {
        return scope.allCards() ? "" : " AND c.groupId IN :scope";
    }

    private static void bind(Query query, long contractId, CardScope scope) {
        query.setParameter("contract", contractId).setParameter("main", AccountPurpose.MAIN)
                .setParameter("transfer", EntryKind.TRANSFER);
        if (!scope.allCards()) {
            query.setParameter("scope", scope.groupIds().isEmpty() ? List.of(-1L) : scope.groupIds());
        }
    }

    private static MoveRow rowOf(Object[] row) {
        long posted = ((Number) row[4]).longValue();
        return new MoveRow(((Number) row[0]).longValue(), (Instant) row[1], (String) row[2], (String) row[3], posted > 0,
                ((Number) row[6]).longValue(), (String) row[7], (String) row[8],
                Amount.ofMinorUnits(Math.abs(posted), (Currency) row[5]), (String) row[9]);
    }
}
