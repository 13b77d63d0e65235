package org.cardhub.school.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.audit.entity.LifecycleEvent;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.boundary.Cards;
import org.cardhub.cards.boundary.SchoolChanges;
import org.cardhub.cards.entity.BlockReason;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardStatus;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.contracts.entity.ContractStatus;
import org.cardhub.notifications.boundary.GuardianNotices;
import org.cardhub.notifications.entity.NotificationPreference;
import org.cardhub.school.control.PupilCards;
import org.cardhub.school.entity.CardStep;
import org.cardhub.school.entity.CardSwap;
import org.cardhub.school.entity.ChildBalances;
import org.cardhub.school.entity.ChildCard;
import org.cardhub.school.entity.InvalidChildRequestException;
import org.cardhub.school.entity.SchoolChoice;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.cardhub.school.entity.InvalidChildRequestException.Code.CARD_REPLACED;
import static org.cardhub.school.entity.InvalidChildRequestException.Code.MONEY_RESERVED;
import static org.cardhub.school.entity.InvalidChildRequestException.Code.SCHOOL_UNKNOWN;

/**
 * What a parent does with a child's card: report it lost (blocked at once, terminals refuse it), have it reissued (a new
 * number at the same school, the same 8-digit school number, both balances moved, the old card kept with its history) or
 * moved to another school (a new card on that school's contract with a new school number, both balances moved, the old
 * card and the old school's history still readable). Each is one transaction with its audit trail and the guardians'
 * notices; lifting a block is not a parent's (the school or Cardhub's staff do it). A replaced or closed card is read only.
 */
@Stateless
@RolesAllowed(Role.Names.PARENT)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class ChildCards {

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    @EJB
    Cards cards;

    @EJB
    SchoolChanges schoolChanges;

    @EJB
    GuardianNotices notices;

    @Inject
    CardDirectory directory;

    @Inject
    PupilCards pupilCards;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public ChildCard card(long cardId) {
        Card card = childCard(cardId);
        Contract contract = pupilCards.contractOf(card);
        ChildBalances balances = pupilCards.balancesOf(card);
        ChildCard.Link replacedBy = directory.successorOf(cardId).filter(next -> access.mayUseCard(next.id()))
                .map(next -> new ChildCard.Link(next.id(), next.panMasked())).orElse(null);
        Card previous = card.reissuedFromId() == null || !access.mayUseCard(card.reissuedFromId()) ? null
                : em.find(Card.class, card.reissuedFromId());
        List<CardStep> steps = new ArrayList<>();
        for (LifecycleEvent event : cards.history(cardId)) {
            CardStatus to = status(event.toStatus());
            steps.add(0, new CardStep(event.occurredAt(), event.actor(), status(event.fromStatus()), to,
                    to == CardStatus.BLOCKED ? blockReason(event.reason()) : null));
        }
        return new ChildCard(cardId, card.holderName(), card.panMasked(), card.status(), card.blockReason(),
                pupilCards.schoolOf(contract), contract.number(), card.schoolContractNumber(), contract.timeZone(),
                balances.general(), balances.canteen(), replacedBy,
                previous == null ? null : new ChildCard.Link(previous.id(), previous.panMasked()), steps);
    }

    /** The schools' contracts a child's card may move to: every active school's but its own, by name. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<SchoolChoice> otherSchools(long cardId) {
        Card card = childCard(cardId);
        return schools().stream().filter(school -> !school.contractNumber().equals(pupilCards.contractOf(card).number()))
                .toList();
    }

    /** Blocks the card as lost: terminals refuse it from now on; only a reissue gives the child a card again. */
    public ChildCard blockLost(long cardId) {
        Card card = childCard(cardId);
        cards.block(cardId, BlockReason.LOST);
        notices.aboutCard(cardId, "card-lost:" + cardId, NotificationPreference.Topic.CARD,
                "Карта " + card.panMasked() + " заблокирована — " + card.holderName(),
                "Карта " + card.panMasked() + " (" + card.holderName() + ") заблокирована как утерянная: терминалы школы её "
                        + "больше не принимают. Деньги остаются на балансах; перевыпустите карту в личном кабинете.");
        return card(cardId);
    }

    /** A new card at the same school, with the same school number, limits and guardians; both balances move to it. */
    public CardSwap reissue(long cardId) {
        Card old = replaceable(cardId);
        ChildBalances moved = pupilCards.balancesOf(old);
        Card successor = cards.reissue(cardId, "reissue asked by a parent").card();
        return told(old, successor, moved, "перевыпущена");
    }

    /** A new card at the school of {@code contractNumber}, with a new school number; both balances move to it. */
    public CardSwap changeSchool(long cardId, String contractNumber) {
        Card old = replaceable(cardId);
        SchoolChoice school = otherSchools(cardId).stream().filter(choice -> choice.contractNumber().equals(contractNumber))
                .findFirst().orElseThrow(() -> new InvalidChildRequestException(SCHOOL_UNKNOWN,
                        "No other school's contract " + contractNumber));
        ChildBalances moved = pupilCards.balancesOf(old);
        Contract contract = em.createQuery("SELECT c FROM Contract c WHERE c.number = :number", Contract.class)
                .setParameter("number", school.contractNumber()).getSingleResult();
        Card successor = schoolChanges.moveToSchool(cardId, contract.id(), "change of school asked by a parent").card();
        return told(old, successor, moved, "переведена в " + school.name());
    }

    private CardSwap told(Card old, Card successor, ChildBalances moved, String what) {
        Contract contract = pupilCards.contractOf(successor);
        String school = pupilCards.schoolOf(contract);
        notices.aboutCard(successor.id(), "card-replaced:" + old.id(), NotificationPreference.Topic.CARD,
                "Карта " + old.holderName() + " " + what,
                "Вместо карты " + old.panMasked() + " выдана карта " + successor.panMasked() + ", " + school
                        + ", номер договора " + successor.schoolContractNumber() + ". Общий баланс " + moved.general().toPlainString()
                        + " ₽ и баланс столовой " + moved.canteen().toPlainString() + " ₽ перенесены на новую карту; "
                        + "история прежней карты сохранена.");
        return new CardSwap(old.id(), old.panMasked(), successor.id(), successor.panMasked(),
                successor.schoolContractNumber(), school, moved.general(), moved.canteen());
    }

    private Card replaceable(long cardId) {
        Card card = childCard(cardId);
        if (card.refusalToMoveMoney().isPresent()) {
            throw new InvalidChildRequestException(CARD_REPLACED, "Card " + card.panMasked() + " was replaced or closed");
        }
        if (pupilCards.holdsReserved(cardId)) {
            throw new InvalidChildRequestException(MONEY_RESERVED, "Card " + card.panMasked() + " has money reserved");
        }
        return card;
    }

    private List<SchoolChoice> schools() {
        return em.createQuery("SELECT c.number, o.name, c.timeZone FROM Contract c, Organization o "
                        + "WHERE o.id = c.organizationId AND c.kind = :school AND c.status = :active ORDER BY o.name, c.number",
                        Object[].class)
                .setParameter("school", ContractKind.SCHOOL).setParameter("active", ContractStatus.ACTIVE).getResultStream()
                .map(row -> new SchoolChoice((String) row[0], (String) row[1], String.valueOf(row[2]))).toList();
    }

    private Card childCard(long cardId) {
        access.requireCard(cardId);
        Card card = em.find(Card.class, cardId);
        if (card == null) {
            throw new AccessDeniedException("card", cardId);
        }
        return card;
    }

    private static CardStatus status(String name) {
        return name == null ? null : Arrays.stream(CardStatus.values()).filter(status -> status.name().equals(name))
                .findFirst().orElse(null);
    }

    private static BlockReason blockReason(String name) {
        return name == null ? null : Arrays.stream(BlockReason.values()).filter(reason -> reason.name().equals(name))
                .findFirst().orElse(null);
    }
}
