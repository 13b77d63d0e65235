package org.cardhub.fleet.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.CompanyRight;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.fleet.entity.CardBalance;
import org.cardhub.fleet.entity.CardFilter;
import org.cardhub.fleet.entity.CardOrder;
import org.cardhub.fleet.entity.CardRow;
import org.cardhub.fleet.entity.MoveResult;
import org.cardhub.ledger.entity.Account;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.Distribution;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Recorded;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distributed balance of a contract whose cards hold their own money: its cards with what each holds, and the
 * fleet manager's moves of money or litres from the contract's account onto a selection of cards and back, each
 * request all or nothing and carried out once (through {@link Payments#distribute}). Reading needs the contract; moving
 * needs the right to move money, over the contract's account and each card (group-limited people reach only their
 * groups' cards). The moves' history is {@link FleetMoves}'.
 */
@Stateless
@RolesAllowed({Role.Names.CORPORATE, Role.Names.BACKOFFICE})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FleetDistribution {

    /** The scope of the cabinet's request ids among the operation keys. */
    public static final String REQUESTS = "ui:fleet";

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    @EJB
    FleetCards fleetCards;

    @EJB
    Payments payments;

    /** Whether the caller may move the contract's money at all (the page offers its form only then). */
    public boolean mayMoveMoney(long contractId) {
        access.requireContract(contractId);
        return access.holdsContractRight(contractId, CompanyRight.MOVE_MONEY);
    }

    public long countCards(long contractId, CardFilter filter) {
        return fleetCards.count(contractId, filter);
    }

    /** A page of the contract's cards the caller sees, each with its roubles and litres: two statements after the checks. */
    public List<CardBalance> cards(long contractId, CardFilter filter, CardOrder order, int first, int max) {
        List<CardRow> rows = fleetCards.page(contractId, filter, order, first, max);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, Map<Currency, Account>> purses = new HashMap<>();
        em.createQuery("SELECT a FROM Account a WHERE a.contractId = :contract AND a.cardId IN :cards AND a.purpose = :main",
                        Account.class)
                .setParameter("contract", contractId).setParameter("main", AccountPurpose.MAIN)
                .setParameter("cards", rows.stream().map(CardRow::id).toList()).getResultStream()
                .forEach(purse -> purses.computeIfAbsent(purse.cardId(), card -> new EnumMap<>(Currency.class))
                        .put(purse.currency(), purse));
        return rows.stream().map(row -> {
            Map<Currency, Account> own = purses.getOrDefault(row.id(), Map.of());
            return new CardBalance(row, own.containsKey(Currency.RUB) ? own.get(Currency.RUB).available() : null,
                    own.containsKey(Currency.LITRE) ? own.get(Currency.LITRE).available() : null);
        }).toList();
    }

    /**
     * Moves the money or litres, for every card of the request or none. {@code requestId} is the page's, made when its
     * form opens: a double click or a form sent again moves once and answers as the first did; the same id with other
     * content is refused ({@code IDEMPOTENCY_CONFLICT}); a refused request moved nothing and may be sent again.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public MoveResult move(String requestId, Distribution distribution) {
        Recorded recorded = payments.distribute(new OperationKey(REQUESTS, requestId), distribution, null);
        return new MoveResult(distribution.direction(), distribution.legs().size(), distribution.total(),
                recorded.outcome().balance(), recorded.replayed());
    }
}
