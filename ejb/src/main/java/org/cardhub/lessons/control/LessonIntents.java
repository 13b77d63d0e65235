package org.cardhub.lessons.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.callers.AccessDeniedException;
import org.cardhub.callers.ObjectAccess;
import org.cardhub.lessons.entity.Enrolment;
import org.cardhub.lessons.entity.GroupOffer;
import org.cardhub.lessons.entity.LessonPupil;
import org.cardhub.lessons.entity.LessonRefusal;
import org.cardhub.lessons.entity.PaymentIntent;
import org.cardhub.lessons.entity.SubscriptionRecord;
import org.cardhub.money.Amount;

import java.time.Instant;
import java.util.UUID;

/**
 * Keeps what a parent's bank-card payment is for, in a transaction of its own before the acquirer is asked, once per
 * page attempt: a subscription of an offer of the child's group (its whole price) or a part of the child's subscription
 * (no more than is due). Called only by {@code FamilyLessons}, which the parent's role admits.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class LessonIntents {

    @PersistenceContext
    EntityManager em;

    @EJB
    ObjectAccess access;

    public void record(long cardId, Long offerId, Long subscriptionId, Amount amount, UUID attempt) {
        access.requireCard(cardId);
        if (em.createQuery("SELECT i.id FROM PaymentIntent i WHERE i.attempt = :attempt", Long.class)
                .setParameter("attempt", attempt.toString()).getResultStream().findAny().isPresent()) {
            return;
        }
        LessonPupil pupil = em.createQuery("SELECT p FROM LessonPupil p WHERE p.cardId = :card", LessonPupil.class)
                .setParameter("card", cardId).getResultStream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("pupil's card", cardId));
        Instant now = Instant.now();
        if ((offerId == null) == (subscriptionId == null)) {
            throw new LessonRefusal(LessonRefusal.Code.PAYMENT_INVALID, "A payment is for an offer or a subscription");
        }
        if (offerId != null) {
            GroupOffer offer = em.find(GroupOffer.class, offerId);
            if (offer == null || enrolment(offer.groupId(), pupil.id()) == null) {
                throw new LessonRefusal(LessonRefusal.Code.NOT_OFFERED, "Offer " + offerId + " is not for this child");
            }
            em.persist(PaymentIntent.toBuy(pupil.id(), attempt.toString(), offerId, offer.price(), now));
            return;
        }
        SubscriptionRecord record = em.find(SubscriptionRecord.class, subscriptionId);
        Enrolment enrolment = record == null ? null : em.find(Enrolment.class, record.enrolmentId());
        if (enrolment == null || enrolment.pupilId() != pupil.id()) {
            throw new AccessDeniedException("subscription", subscriptionId);
        }
        Amount due = record.price().minus(record.paid());
        if (amount == null || !amount.isPositive() || amount.isGreaterThan(due)) {
            throw new LessonRefusal(LessonRefusal.Code.PAYMENT_INVALID, "A payment of " + amount + " towards " + due);
        }
        em.persist(PaymentIntent.toPay(pupil.id(), attempt.toString(), subscriptionId, amount, now));
    }

    private Enrolment enrolment(long groupId, long pupilId) {
        return em.createQuery("SELECT e FROM Enrolment e WHERE e.groupId = :group AND e.pupilId = :pupil", Enrolment.class)
                .setParameter("group", groupId).setParameter("pupil", pupilId).getResultStream().findFirst().orElse(null);
    }
}
