package org.cardhub.lessons.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.ledger.entity.CardPurseChanged;
import org.cardhub.ledger.entity.EntryKind;
import org.cardhub.lessons.control.Centres;
import org.cardhub.lessons.control.LessonMoney;
import org.cardhub.lessons.control.Purchases;
import org.cardhub.lessons.entity.GroupOffer;
import org.cardhub.lessons.entity.LessonGroup;
import org.cardhub.lessons.entity.LessonPupil;
import org.cardhub.lessons.entity.PaymentIntent;
import org.cardhub.lessons.entity.Pricing;
import org.cardhub.lessons.entity.SubscriptionRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Money put on a centre pupil's balance (a top-up: by bank card, at a kiosk, automatic) serves, in the top-up's own
 * transaction: first what the parent's bank-card payments were for (a subscription, a part of one), oldest first; then,
 * when the parent chose so, the lessons in debt. Whatever cannot be served stays on the balance; an intent whose
 * purpose has gone (an offer withdrawn, a subscription paid meanwhile) is marked failed, the money left on the balance.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LessonTopUps {

    private static final String ACTOR = "system:lessons";

    @PersistenceContext
    EntityManager em;

    @Inject
    Purchases purchases;

    @Inject
    LessonMoney money;

    @Inject
    Centres centres;

    public void purseChanged(@Observes CardPurseChanged change) {
        if (change.isDebit() || change.purpose() != AccountPurpose.MAIN
                || (change.kind() != EntryKind.TOP_UP && change.kind() != EntryKind.AUTO_TOP_UP)) {
            return;
        }
        Optional<LessonPupil> found = em.createQuery("SELECT p FROM LessonPupil p WHERE p.cardId = :card", LessonPupil.class)
                .setParameter("card", change.cardId()).getResultStream().findFirst();
        if (found.isEmpty()) {
            return;
        }
        LessonPupil pupil = found.get();
        LocalDate today = centres.centre(pupil.contractId()).today();
        List<PaymentIntent> pending = em.createQuery("SELECT i FROM PaymentIntent i WHERE i.pupilId = :pupil "
                        + "AND i.status = :pending ORDER BY i.id", PaymentIntent.class)
                .setParameter("pupil", pupil.id()).setParameter("pending", PaymentIntent.Status.PENDING).getResultList();
        for (PaymentIntent intent : pending) {
            if (!money.balanceOf(pupil).canCover(intent.amount())) {
                break;
            }
            serve(pupil, intent, today);
        }
        if (pupil.settlesDebtsFirst()) {
            purchases.settleDebts(pupil, today, ACTOR);
        }
    }

    private void serve(LessonPupil pupil, PaymentIntent intent, LocalDate today) {
        Instant now = Instant.now();
        if (intent.offerId() != null) {
            GroupOffer offer = em.find(GroupOffer.class, intent.offerId());
            if (offer == null || !offer.price().equals(intent.amount())
                    || em.find(LessonGroup.class, offer.groupId()).pricing() != Pricing.SUBSCRIPTION) {
                intent.failed(now);
                return;
            }
            purchases.buy(pupil, offer, intent.amount(), "card:" + intent.attempt(), today, ACTOR);
        } else {
            SubscriptionRecord record = em.find(SubscriptionRecord.class, intent.subscriptionId());
            if (record.price().minus(record.paid()).isLessThan(intent.amount())) {
                intent.failed(now);
                return;
            }
            purchases.pay(pupil, record, intent.amount(), today, ACTOR);
        }
        intent.applied(now);
    }
}
