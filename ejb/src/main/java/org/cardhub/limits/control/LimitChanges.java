package org.cardhub.limits.control;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.limits.entity.CardRestriction;
import org.cardhub.limits.entity.LimitChange;
import org.cardhub.limits.entity.ProductCategory;
import org.cardhub.limits.entity.SpendingLimit;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * What every change of limits and restrictions does besides the change, within its transaction: checks that the
 * categories are the contract's and that the card's limits still fit its restriction, and writes the change with its
 * old and new value (for the card's history) and to the audit log.
 */
@Dependent
public class LimitChanges {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    public Instant now() {
        return Instant.now(clock);
    }

    /** Refuses categories the contract's programme does not sell (no buffet on a fuel card). */
    public void requireSold(long contractId, Collection<String> categories) {
        Contract contract = em.find(Contract.class, contractId);
        ProductCategory.requireSoldUnder(contract.kind(), categories);
    }

    /** Refuses the change when one of the card's own limits now counts products its restriction lets it not buy. */
    public void requireConsistent(long cardId) {
        CardRestriction restriction = em.find(CardRestriction.class, cardId);
        if (restriction != null) {
            limitsOfCard(cardId).forEach(restriction::requireFits);
        }
    }

    /** The card's own limits, the changes of this transaction included. */
    public List<SpendingLimit> limitsOfCard(long cardId) {
        return em.createQuery("SELECT l FROM SpendingLimit l WHERE l.cardId = :card ORDER BY l.id", SpendingLimit.class)
                .setParameter("card", cardId).getResultList();
    }

    /** Writes a change, unless it changed nothing. */
    public void log(long contractId, Long cardId, String what, String before, String after) {
        if (Objects.equals(before, after)) {
            return;
        }
        String actor = audit.actor(null);
        em.persist(new LimitChange(contractId, cardId, what, before, after, actor, now()));
        audit.record(actor, "limit.change", cardId == null ? AuditSubject.CONTRACT : AuditSubject.CARD,
                cardId == null ? contractId : cardId, what + ": " + before + " → " + after);
    }
}
