package org.cardhub.lessons.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.contracts.entity.Contract;
import org.cardhub.contracts.entity.ContractKind;
import org.cardhub.lessons.control.LessonNotices;
import org.cardhub.lessons.control.Purchases;
import org.cardhub.lessons.entity.Enrolment;
import org.cardhub.lessons.entity.LessonGroup;
import org.cardhub.lessons.entity.LessonPupil;
import org.cardhub.lessons.entity.Subscription;
import org.cardhub.lessons.entity.SubscriptionRecord;

import java.time.LocalDate;
import java.util.List;

/**
 * The lessons' clock, each hour in every centre's own calendar: subscriptions whose last day has passed expire (what
 * was paid and not used becomes the centre's), and the parents of those ending within {@link Subscription#FEW_DAYS}
 * days are reminded, once per subscription (those ending by their lessons are reminded at the visit that made it so).
 */
@Stateless
@PermitAll
public class LessonDays {

    private static final String ACTOR = "system:lessons";

    @PersistenceContext
    EntityManager em;

    @Inject
    Purchases purchases;

    @Inject
    LessonNotices notices;

    @Schedule(hour = "*", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void hourly() {
        for (Contract centre : em.createQuery("SELECT c FROM Contract c WHERE c.kind = :centre", Contract.class)
                .setParameter("centre", ContractKind.CENTRE).getResultList()) {
            passTime(centre.id(), LocalDate.now(centre.timeZone()));
        }
    }

    /** Expires and reminds at one centre as of its {@code today}; answers how many subscriptions expired. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int passTime(long contractId, LocalDate today) {
        List<Enrolment> ended = em.createQuery("SELECT DISTINCT e FROM Enrolment e, SubscriptionRecord s, LessonGroup g "
                        + "WHERE s.enrolmentId = e.id AND g.id = e.groupId AND g.contractId = :contract "
                        + "AND s.expired = FALSE AND s.validUntil < :today", Enrolment.class)
                .setParameter("contract", contractId).setParameter("today", today).getResultList();
        ended.forEach(enrolment -> purchases.expire(enrolment, today, ACTOR));
        List<SubscriptionRecord> ending = em.createQuery("SELECT s FROM SubscriptionRecord s, Enrolment e, LessonGroup g "
                        + "WHERE s.enrolmentId = e.id AND g.id = e.groupId AND g.contractId = :contract "
                        + "AND s.expired = FALSE AND s.validUntil >= :today AND s.validUntil <= :soon "
                        + "AND s.consumed < s.lessons", SubscriptionRecord.class)
                .setParameter("contract", contractId).setParameter("today", today)
                .setParameter("soon", today.plusDays(Subscription.FEW_DAYS)).getResultList();
        for (SubscriptionRecord record : ending) {
            Enrolment enrolment = em.find(Enrolment.class, record.enrolmentId());
            notices.endingSoon(em.find(LessonPupil.class, enrolment.pupilId()),
                    em.find(LessonGroup.class, enrolment.groupId()), record.toSubscription());
        }
        return ended.size();
    }
}
