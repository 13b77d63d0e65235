package org.cardhub.cards.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.audit.entity.LifecycleEvent;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.CompanyRight;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.cards.control.NewCards;
import org.cardhub.cards.control.OrderRows;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardForm;
import org.cardhub.cards.entity.CardOrder;
import org.cardhub.cards.entity.CardOrderLine;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.Delivery;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.cards.entity.InvalidCardOrderException;
import org.cardhub.cards.entity.ServiceOffice;
import org.cardhub.cards.entity.Vehicle;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractKind;

import java.time.Instant;
import java.util.List;

/**
 * A company's card orders: placing one (virtual cards made and active at once, plastic ones waiting for the back
 * office), seeing its orders with their statuses and cards, cancelling a submitted one and activating the cards of a
 * delivered one. Ordering is a matter of the whole contract's cards: it needs the right to block cards over all of
 * them, like arranging card groups; another company's order is refused as unknown. Every step is audited.
 */
@Stateless
@RolesAllowed({Role.Names.CORPORATE, Role.Names.BACKOFFICE})
public class CardOrders {

    /** The company right that places orders, sees them and activates their cards. */
    public static final CompanyRight RIGHT = CompanyRight.BLOCK_CARDS;

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    @EJB
    AuditLog audit;

    @Inject
    NewCards newCards;

    @Inject
    OrderRows rows;

    /** The service offices plastic cards may be picked up at. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<ServiceOffice> offices() {
        return rows.openOffices();
    }

    /** Whether the caller may order cards for the contract and see its orders: the right over all of its cards. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean mayOrder(long contractId) {
        access.requireContract(contractId);
        return access.cardScope(contractId).allCards() && access.holdsContractRight(contractId, RIGHT);
    }

    /**
     * Places an order of {@code count} cards of the active fuel contract, the first of them for the {@code holders}
     * given. All or nothing: a refused order writes nothing.
     *
     * @param delivery ignored for virtual cards
     */
    public OrderRow place(long contractId, CardForm form, int count, List<Vehicle> holders, Delivery delivery) {
        access.requireContractRight(contractId, RIGHT);
        Contract contract = em.find(Contract.class, contractId);
        if (contract == null) {
            throw new AccessDeniedException("contract", contractId);
        }
        if (contract.kind() != ContractKind.FUEL || !contract.isActive()) {
            throw new InvalidCardOrderException(InvalidCardOrderException.Code.CONTRACT_NOT_ORDERING,
                    "Contract " + contract.number() + " is not an active fuel contract");
        }
        String actor = audit.actor(null);
        Instant now = Instant.now();
        CardOrder order = CardOrder.place(contractId, form, count, holders, delivery, actor, now);
        if (form == CardForm.PLASTIC && order.delivery().officeCode() != null) {
            rows.openOffice(order.delivery().officeCode());
        }
        em.persist(order);
        em.flush();
        List<CardOrderLine> lines = order.lines(holders);
        lines.forEach(em::persist);
        if (form == CardForm.VIRTUAL) {
            for (CardOrderLine line : lines) {
                Card card = newCards.make(contract, newCards.generatedNumber(), CardForm.VIRTUAL, line.holder());
                card.describe(line.vehicle());
                card.issue();
                card.activate();
                line.madeInto(card);
                audit.lifecycle(actor, LifecycleEvent.Subject.CARD, card.id(), null, card.status(),
                        "virtual card of order #" + order.id() + " for " + card.holderName());
            }
            order.completeAtOnce(actor, now);
        }
        audit.record(actor, "card_order.submitted", AuditSubject.CARD_ORDER, order.id(), "contract " + contract.number()
                + ": " + count + " " + form + " cards" + (order.delivery().isNowhere() ? ""
                : ", " + order.delivery().method() + " " + (order.delivery().address() == null ? order.delivery().officeCode()
                : order.delivery().address())) + (form == CardForm.VIRTUAL ? ", made and active at once" : ""));
        em.flush();
        return rows.rowOf(order);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countOrders(long contractId) {
        access.requireContractRight(contractId, RIGHT);
        return em.createQuery("SELECT COUNT(o) FROM CardOrder o WHERE o.contractId = :contract", Long.class)
                .setParameter("contract", contractId).getSingleResult();
    }

    /** The contract's orders, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OrderRow> orders(long contractId, int first, int max) {
        access.requireContractRight(contractId, RIGHT);
        return rows.rowsOf(em.createQuery("SELECT o FROM CardOrder o WHERE o.contractId = :contract ORDER BY o.id DESC",
                        CardOrder.class).setParameter("contract", contractId)
                .setFirstResult(first).setMaxResults(max).getResultList());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OrderRow order(long orderId) {
        return rows.rowOf(visible(orderId));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long countCards(long orderId) {
        return visible(orderId).count();
    }

    /** The order's cards in the order of its lines, each with its holder data and, once made, its card. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<OrderedCard> cards(long orderId, int first, int max) {
        return rows.cardsOf(visible(orderId), first, max);
    }

    /** Activates a card of a delivered order: only then, and only once, it starts to pay at the stations. */
    public Card activate(long cardId) {
        access.requireRight(cardId, RIGHT);
        CardOrderLine line = rows.lineOfCard(cardId).orElseThrow(() -> new InvalidCardOrderException(InvalidCardOrderException.Code.NOT_DELIVERED,
                        "Card " + cardId + " is of no order"));
        CardOrder order = em.find(CardOrder.class, line.orderId());
        order.requireDelivered();
        return activated(em.find(Card.class, cardId, LockModeType.PESSIMISTIC_WRITE), order, audit.actor(null));
    }

    /** Activates every card of the delivered order still waiting for it; how many that was. */
    public int activateAll(long orderId) {
        CardOrder order = visible(orderId);
        order.requireDelivered();
        String actor = audit.actor(null);
        List<Card> waiting = rows.cardsOf(orderId, CardStatus.ISSUED);
        waiting.forEach(card -> activated(card, order, actor));
        return waiting.size();
    }

    /** Cancels a submitted order, saying why; the company sees the reason. */
    public OrderRow cancel(long orderId, String reason) {
        CardOrder order = visible(orderId);
        em.lock(order, LockModeType.PESSIMISTIC_WRITE);
        String actor = audit.actor(null);
        order.cancel(reason, actor, Instant.now());
        audit.record(actor, "card_order.cancelled", AuditSubject.CARD_ORDER, orderId, order.cancelReason());
        return rows.rowOf(order);
    }

    private Card activated(Card card, CardOrder order, String actor) {
        if (card.status() != CardStatus.ISSUED) {
            throw new InvalidCardOperationException(InvalidCardOperationException.Code.STATUS_TRANSITION,
                    "Card " + card.panMasked() + " is " + card.status() + ", not waiting for activation");
        }
        CardStatus previous = card.activate();
        audit.lifecycle(actor, LifecycleEvent.Subject.CARD, card.id(), previous, card.status(),
                "activated after delivery of order #" + order.id());
        return card;
    }

    /** The order, when its contract is the caller's; for a company's person, with the right over all its cards. */
    private CardOrder visible(long orderId) {
        CardOrder order = em.find(CardOrder.class, orderId);
        if (order == null || !access.mayUseContract(order.contractId())) {
            throw new AccessDeniedException("card order", orderId);
        }
        access.requireContractRight(order.contractId(), RIGHT);
        return order;
    }
}
