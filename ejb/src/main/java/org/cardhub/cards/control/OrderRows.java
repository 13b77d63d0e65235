package org.cardhub.cards.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import org.cardhub.cards.boundary.OrderRow;
import org.cardhub.cards.boundary.OrderedCard;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardOrder;
import org.cardhub.cards.entity.CardOrderLine;
import org.cardhub.cards.entity.CardOrderStatus;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.cards.entity.InvalidCardOrderException;
import org.cardhub.cards.entity.ServiceOffice;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Card orders read for the pages of both sides, a page of them in a few statements: their contracts and companies,
 * the offices and how many cards of each await activation; and the open service offices.
 */
@Dependent
public class OrderRows {

    @PersistenceContext
    EntityManager em;

    public List<ServiceOffice> openOffices() {
        return em.createQuery("SELECT o FROM ServiceOffice o WHERE o.active = TRUE ORDER BY o.name", ServiceOffice.class)
                .getResultList();
    }

    /** The open office of that code, refused when there is none. */
    public ServiceOffice openOffice(String code) {
        ServiceOffice office = em.find(ServiceOffice.class, code);
        if (office == null || !office.isActive()) {
            throw new InvalidCardOrderException(InvalidCardOrderException.Code.OFFICE_UNKNOWN, "No open service office " + code);
        }
        return office;
    }

    public OrderRow rowOf(CardOrder order) {
        return rowsOf(List.of(order)).get(0);
    }

    public List<OrderRow> rowsOf(List<CardOrder> orders) {
        if (orders.isEmpty()) {
            return List.of();
        }
        List<Long> ids = orders.stream().map(CardOrder::id).toList();
        List<Long> contracts = orders.stream().map(CardOrder::contractId).distinct().toList();
        Map<Long, Object[]> parties = em.createQuery("SELECT k.id, k.number, o.name FROM Contract k, Organization o "
                        + "WHERE o.id = k.organizationId AND k.id IN :contracts", Object[].class)
                .setParameter("contracts", contracts).getResultStream()
                .collect(Collectors.toMap(row -> ((Number) row[0]).longValue(), Function.identity()));
        Map<Long, Long> awaiting = new HashMap<>();
        em.createQuery("SELECT l.orderId, COUNT(c) FROM CardOrderLine l, Card c WHERE c.id = l.cardId "
                        + "AND l.orderId IN :orders AND c.status = :issued GROUP BY l.orderId", Object[].class)
                .setParameter("orders", ids).setParameter("issued", CardStatus.ISSUED).getResultStream()
                .forEach(row -> awaiting.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        Map<String, ServiceOffice> offices = officesOf(orders.stream().map(order -> order.delivery().officeCode()).toList());
        return orders.stream().map(order -> {
            Object[] party = parties.get(order.contractId());
            return new OrderRow(order, party == null ? null : (String) party[1], party == null ? null : (String) party[2],
                    order.delivery().officeCode() == null ? null : offices.get(order.delivery().officeCode()),
                    awaiting.getOrDefault(order.id(), 0L));
        }).toList();
    }

    /** A page of the order's cards in the order of its lines, each with its holder data and, once made, its card. */
    public List<OrderedCard> cardsOf(CardOrder order, int first, int max) {
        return em.createQuery("SELECT l, c FROM CardOrderLine l LEFT JOIN Card c ON c.id = l.cardId "
                        + "WHERE l.orderId = :order ORDER BY l.number", Object[].class)
                .setParameter("order", order.id()).setFirstResult(first).setMaxResults(max).getResultStream()
                .map(row -> cardOf(order, (CardOrderLine) row[0], (Card) row[1])).toList();
    }

    /** The cards made for the order (in {@code status}, unless null), in the order of its lines, locked. */
    public List<Card> cardsOf(long orderId, CardStatus status) {
        TypedQuery<Card> query = em.createQuery("SELECT c FROM Card c, CardOrderLine l WHERE l.orderId = :order "
                + "AND c.id = l.cardId" + (status == null ? "" : " AND c.status = :status") + " ORDER BY l.number", Card.class)
                .setParameter("order", orderId);
        if (status != null) {
            query.setParameter("status", status);
        }
        return query.setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** The order line the card was made for, if it was made for one. */
    public Optional<CardOrderLine> lineOfCard(long cardId) {
        return em.createQuery("SELECT l FROM CardOrderLine l WHERE l.cardId = :card", CardOrderLine.class)
                .setParameter("card", cardId).getResultStream().findFirst();
    }

    /** The order's lines, in order. */
    public List<CardOrderLine> linesOf(long orderId) {
        return em.createQuery("SELECT l FROM CardOrderLine l WHERE l.orderId = :order ORDER BY l.number", CardOrderLine.class)
                .setParameter("order", orderId).getResultList();
    }

    private static OrderedCard cardOf(CardOrder order, CardOrderLine line, Card card) {
        return card == null ? new OrderedCard(line, null, null, null, false)
                : new OrderedCard(line, card.id(), card.panMasked(), card.status(),
                order.status() == CardOrderStatus.DELIVERED && card.status() == CardStatus.ISSUED);
    }

    private Map<String, ServiceOffice> officesOf(Collection<String> codes) {
        List<String> wanted = codes.stream().filter(code -> code != null).distinct().toList();
        return wanted.isEmpty() ? Map.of() : em.createQuery("SELECT o FROM ServiceOffice o WHERE o.code IN :codes",
                        ServiceOffice.class).setParameter("codes", wanted).getResultStream()
                .collect(Collectors.toMap(ServiceOffice::code, Function.identity()));
    }
}
