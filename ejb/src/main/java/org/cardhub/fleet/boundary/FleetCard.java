package org.cardhub.fleet.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.LifecycleEvent;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.CompanyRight;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.fleet.entity.CardDetail;
import org.cardhub.fleet.entity.CardEvent;
import org.cardhub.fleet.entity.CardLimit;
import org.cardhub.fleet.entity.CardRestrictions;
import org.cardhub.fleet.entity.CardRow;
import org.cardhub.fleet.entity.LimitRights;
import org.cardhub.ledger.boundary.Ledger;
import org.cardhub.limits.boundary.Limits;
import org.cardhub.limits.entity.CardRestriction;
import org.cardhub.limits.entity.SpendingLimit;

import java.util.List;
import java.util.stream.Stream;

/**
 * One card of the fleet, for its page in the corporate cabinet: the card, its purses, the limits and restrictions
 * that apply to it, and its history of status and limit changes. The actions on it are {@code Cards}'.
 */
@Stateless
@RolesAllowed({Role.Names.CORPORATE, Role.Names.BACKOFFICE})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FleetCard {

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    @EJB
    Ledger ledger;

    @EJB
    AuditLog audit;

    @EJB
    Limits limits;

    /** The card, refused as unknown (whether it exists or not) when it is not one of the caller's company. */
    public CardDetail detail(long cardId) {
        access.requireCard(cardId);
        Card card = em.find(Card.class, cardId);
        if (card == null) {
            throw new AccessDeniedException("card", cardId);
        }
        Contract contract = em.find(Contract.class, card.contractId());
        List<CardDetail.Purse> purses = ledger.accountsOfCard(cardId).stream()
                .map(account -> new CardDetail.Purse(account.purpose(), account.available(), account.held())).toList();
        List<CardLimit> applying = em.createQuery("SELECT l FROM SpendingLimit l WHERE l.cardId = :card "
                        + "OR (l.cardId IS NULL AND l.contractId = :contract) ORDER BY l.id", SpendingLimit.class)
                .setParameter("card", cardId).setParameter("contract", card.contractId()).getResultStream()
                .map(CardLimit::of).sorted((a, b) -> Boolean.compare(a.ofContract(), b.ofContract())).toList();
        return new CardDetail(CardRow.of(card), contract.id(), contract.number(), contract.timeZone(),
                contract.drawsOnContractAccount(), purses, applying,
                CardRestrictions.of(em.find(CardRestriction.class, cardId)), historyOf(cardId), successorOf(card));
    }

    /** Whether the caller may change the card's limits and restrictions, and its contract's limits. */
    public LimitRights limitRights(long cardId) {
        access.requireCard(cardId);
        Card card = em.find(Card.class, cardId);
        if (card == null) {
            throw new AccessDeniedException("card", cardId);
        }
        long contractId = card.contractId();
        return new LimitRights(access.holdsRight(cardId, CompanyRight.CHANGE_LIMITS),
                access.cardScope(contractId).allCards() && access.holdsContractRight(contractId, CompanyRight.CHANGE_LIMITS));
    }

    private List<CardEvent> historyOf(long cardId) {
        Stream<CardEvent> statuses = audit.history(LifecycleEvent.Subject.CARD, cardId).stream()
                .map(event -> CardEvent.ofStatus(event.occurredAt(), event.actor(), event.fromStatus(), event.toStatus(),
                        event.reason()));
        Stream<CardEvent> changes = limits.changesOfCard(cardId).stream()
                .map(change -> CardEvent.ofLimitChange(change.changedAt(), change.actor(), change.what(),
                        change.oldValue(), change.newValue()));
        return Stream.concat(statuses, changes).sorted(CardEvent.NEWEST_FIRST).toList();
    }

    private CardDetail.Successor successorOf(Card card) {
        if (card.status() != CardStatus.REISSUED) {
            return null;
        }
        return em.createQuery("SELECT c FROM Card c WHERE c.reissuedFromId = :card", Card.class)
                .setParameter("card", card.id()).getResultStream().findFirst()
                .map(successor -> new CardDetail.Successor(successor.id(), successor.panMasked())).orElse(null);
    }
}
