package org.cardhub.lessons.boundary;

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
import org.cardhub.acquiring.boundary.BankCardTopUps;
import org.cardhub.acquiring.boundary.Started;
import org.cardhub.audit.boundary.AuditLog;
import org.cardhub.audit.entity.AuditSubject;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.callers.Role;
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.lessons.control.Centres;
import org.cardhub.lessons.control.LessonIntents;
import org.cardhub.lessons.control.Overviews;
import org.cardhub.lessons.control.Purchases;
import org.cardhub.lessons.entity.Enrolment;
import org.cardhub.lessons.entity.GroupOffer;
import org.cardhub.lessons.entity.LessonPupil;
import org.cardhub.lessons.entity.LessonRefusal;
import org.cardhub.lessons.entity.SubscriptionRecord;
import org.cardhub.money.Amount;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * A parent's side of a child's lessons: the children the parent reaches (as guardians of their centre cards), each
 * one's {@link LessonOverview}, and what the parent does — buy a subscription from the balance (in full or in part),
 * pay a part of one or of a course, pay the lessons in debt, choose whether money put on the balance settles debts
 * first, and pay by bank card for a subscription or a part (the money lands on the balance and then serves that).
 */
@Stateless
@RolesAllowed(Role.Names.PARENT)
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class FamilyLessons {

    @PersistenceContext
    EntityManager em;

    @Resource
    SessionContext session;

    @EJB
    ObjectAccess access;

    @EJB
    CardDirectory cards;

    @EJB
    BankCardTopUps bankCards;

    @EJB
    LessonIntents intents;

    @EJB
    AuditLog audit;

    @Inject
    Overviews overviews;

    @Inject
    Purchases purchases;

    @Inject
    Centres centres;

    /** A child at a centre, for the chooser at the top of the page. */
    public record Child(long cardId, String name, String centre) implements Serializable {
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Child> children() {
        List<Long> guarded = cards.guardedBy(caller()).stream().map(Card::id).toList();
        if (guarded.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM LessonPupil p WHERE p.cardId IN :cards ORDER BY p.name, p.id", LessonPupil.class)
                .setParameter("cards", guarded).getResultStream()
                .map(p -> new Child(p.cardId(), p.name(), centres.centre(p.contractId()).name())).toList();
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public LessonOverview overview(long cardId) {
        return overviews.of(pupil(cardId));
    }

    /** Buys a subscription of the offer for the child, paying {@code payNow} of it from the balance now. */
    public long buy(long cardId, long offerId, Amount payNow, String requestKey) {
        LessonPupil pupil = pupil(cardId);
        GroupOffer offer = offerFor(pupil, offerId);
        SubscriptionRecord bought = purchases.buy(pupil, offer, payNow, "parent:" + requestKey,
                centres.centre(pupil.contractId()).today(), caller());
        audit.record(caller(), "lessons.subscription.bought", AuditSubject.CARD, cardId,
                offer.lessons() + " lessons, paid " + payNow.toPlainString() + " of " + offer.price().toPlainString());
        return bought.id();
    }

    /** Pays a part (or the rest) of the child's subscription or course from the balance. */
    public void pay(long cardId, long subscriptionId, Amount amount) {
        LessonPupil pupil = pupil(cardId);
        purchases.pay(pupil, subscriptionOf(pupil, subscriptionId), amount, centres.centre(pupil.contractId()).today(),
                caller());
        audit.record(caller(), "lessons.subscription.paid", AuditSubject.CARD, cardId,
                amount.toPlainString() + " towards subscription " + subscriptionId);
    }

    /**
     * Pays the child's lessons in debt from the balance, oldest first, while it covers them; answers how many. Refused
     * when lessons in debt with a price wait and the balance covers none of them.
     */
    public int payDebts(long cardId) {
        LessonPupil pupil = pupil(cardId);
        int paid = purchases.settleDebts(pupil, centres.centre(pupil.contractId()).today(), caller());
        if (paid == 0 && overviews.of(pupil).groups().stream().anyMatch(group -> group.debt().isPositive())) {
            throw new LessonRefusal(LessonRefusal.Code.DEBTS_NOT_COVERED, "The balance covers no lesson in debt");
        }
        audit.record(caller(), "lessons.debts.paid", AuditSubject.CARD, cardId, paid + " lessons");
        return paid;
    }

    public void settleDebtsFirst(long cardId, boolean settle) {
        pupil(cardId).settleDebtsFirst(settle);
        audit.record(caller(), "lessons.debts.choice", AuditSubject.CARD, cardId, settle ? "settle first" : "keep on balance");
    }

    /**
     * Pays by bank card for a subscription of the offer ({@code offerId}) or a part of one ({@code subscriptionId}):
     * the purpose is kept under the page's attempt, then the acquirer's page is asked for; once the money lands on the
     * balance, it buys or pays what it was meant for.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Started payByBankCard(long cardId, Long offerId, Long subscriptionId, Amount amount, UUID attempt) {
        intents.record(cardId, offerId, subscriptionId, amount, attempt);
        return bankCards.start(cardId, AccountPurpose.MAIN, amount, false, attempt);
    }

    private LessonPupil pupil(long cardId) {
        access.requireCard(cardId);
        return em.createQuery("SELECT p FROM LessonPupil p WHERE p.cardId = :card", LessonPupil.class)
                .setParameter("card", cardId).getResultStream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("pupil's card", cardId));
    }

    private GroupOffer offerFor(LessonPupil pupil, long offerId) {
        GroupOffer offer = em.find(GroupOffer.class, offerId);
        boolean enrolled = offer != null && !em.createQuery("SELECT e.id FROM Enrolment e WHERE e.groupId = :group "
                        + "AND e.pupilId = :pupil", Long.class)
                .setParameter("group", offer.groupId()).setParameter("pupil", pupil.id()).getResultList().isEmpty();
        if (!enrolled) {
            throw new LessonRefusal(LessonRefusal.Code.NOT_OFFERED, "Offer " + offerId + " is not for this child");
        }
        return offer;
    }

    private SubscriptionRecord subscriptionOf(LessonPupil pupil, long subscriptionId) {
        SubscriptionRecord record = em.find(SubscriptionRecord.class, subscriptionId);
        Enrolment enrolment = record == null ? null : em.find(Enrolment.class, record.enrolmentId());
        if (enrolment == null || enrolment.pupilId() != pupil.id()) {
            throw new AccessDeniedException("subscription", subscriptionId);
        }
        return record;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
