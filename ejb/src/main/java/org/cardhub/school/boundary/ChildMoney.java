package org.cardhub.school.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.OperationKey;
import org.cardhub.payments.entity.Outcome;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.school.control.PupilCards;
import org.cardhub.school.entity.ChildBalances;
import org.cardhub.school.entity.ChildMove;
import org.cardhub.school.entity.InvalidChildRequestException;
import org.cardhub.school.entity.MoveOutcome;
import org.cardhub.school.entity.PurseChoice;

import java.util.List;
import java.util.Optional;

/**
 * A parent's moves of money between their children's purses — one child's card to another's, or a card's general
 * balance to its canteen balance and back — each carried out once per request id (through {@link Payments#transfer}):
 * the page makes the id when its form is shown, so a double click or a stale page sent again moves nothing more and is
 * told so. A move above what the paying purse has is refused before anything is written. A card that is not the
 * parent's child's is refused as unknown.
 */
@Stateless
@RolesAllowed(Role.Names.PARENT)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ChildMoney {

    /** The scope of the parent's cabinet's request ids among the operation keys. */
    public static final String REQUESTS = "ui:parent";

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    ObjectAccess access;

    @EJB
    Payments payments;

    @Inject
    CardDirectory cards;

    @Inject
    PupilCards pupilCards;

    /** The children's cards money can still move on (not replaced, not closed), by name, each with its two balances. */
    public List<ChildBalances> mine() {
        return cards.schoolCardsGuardedBy(session.getCallerPrincipal().getName()).stream()
                .filter(card -> card.refusalToMoveMoney().isEmpty())
                .map(pupilCards::balancesOf).toList();
    }

    /** Moves once per {@code requestId}; see the class. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public MoveOutcome move(String requestId, ChildMove move) {
        Card from = childCard(move.from().cardId());
        Card to = childCard(move.to().cardId());
        OperationKey key = new OperationKey(REQUESTS, requestId);
        Optional<Outcome> earlier = payments.outcomeOf(key);
        if (earlier.isPresent()) {
            return earlier.get().isApproved() ? MoveOutcome.alreadyDone(move.amount()) : outcomeOf(earlier.get(), move);
        }
        if (from.refusalToMoveMoney().isPresent() || to.refusalToMoveMoney().isPresent()) {
            return MoveOutcome.refused(move.amount(), InvalidChildRequestException.Code.CARD_REPLACED.name());
        }
        Amount available = pupilCards.available(from.id(), move.from().purpose());
        if (available.isLessThan(move.amount())) {
            return MoveOutcome.insufficient(move.amount(), available);
        }
        return outcomeOf(payments.transfer(key, purse(move.from()), purse(move.to()), move.amount(), null), move);
    }

    private MoveOutcome outcomeOf(Outcome outcome, ChildMove move) {
        if (outcome.isApproved()) {
            return MoveOutcome.moved(move.amount(), outcome.balance());
        }
        if (outcome.reason() == DeclineCode.INSUFFICIENT_FUNDS) {
            return MoveOutcome.insufficient(move.amount(), pupilCards.available(move.from().cardId(), move.from().purpose()));
        }
        if (outcome.reason() == DeclineCode.DUPLICATE_CONFLICT) {
            return MoveOutcome.alreadyDone(move.amount());
        }
        return MoveOutcome.refused(move.amount(), outcome.reason().name());
    }

    private Card childCard(long cardId) {
        access.requireCard(cardId);
        Card card = em.find(Card.class, cardId);
        if (card == null) {
            throw new AccessDeniedException("card", cardId);
        }
        return card;
    }

    private static PurseRef purse(PurseChoice choice) {
        return new PurseRef(CardRef.id(choice.cardId()), null, choice.purpose(), Currency.RUB);
    }
}
