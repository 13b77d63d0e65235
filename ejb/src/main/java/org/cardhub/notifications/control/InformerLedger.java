package org.cardhub.notifications.control;

import jakarta.annotation.security.PermitAll;
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
import org.cardhub.cards.boundary.CardDirectory;
import org.cardhub.cards.entity.Card;
import org.cardhub.cards.entity.CardRef;
import org.cardhub.payments.boundary.Payments;
import org.cardhub.payments.entity.PurseRef;
import org.cardhub.payments.entity.ServiceCharge;
import org.cardhub.notifications.entity.InformerCharge;
import org.cardhub.notifications.entity.InformerOutcome;
import org.cardhub.notifications.entity.NoticeTexts;
import org.cardhub.notifications.entity.NotificationPreference.Topic;
import org.cardhub.notifications.entity.SmsInformer;
import org.cardhub.payments.entity.DeclineCode;
import org.cardhub.payments.entity.Outcome;

import java.time.Instant;
import java.util.List;

/**
 * The SMS informer's steps around a charge, each in a transaction of its own, because the charge between them is the
 * money operations' own: what to charge (read), the card's row made before its first charge, and the charge's outcome
 * settled — paid and running, or declined (the next try keyed anew; a connected informer suspended and the parents told
 * by email). A step settles an outcome once: the row's attempt tells an outcome settled already by a second server.
 */
@Stateless
@PermitAll
public class InformerLedger {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditLog audit;

    @Inject
    CardDirectory cards;

    @Inject
    InformerBook book;

    @Inject
    Outbox outbox;

    @EJB
    Payments payments;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public InformerCharge connection(long cardId, Instant now) {
        return book.connection(card(cardId), now);
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public InformerCharge monthly(long cardId, Instant now) {
        return book.monthly(card(cardId), now);
    }

    /**
     * The cards whose informer is on and whose last paid month is before {@code month} ("2026-12"), by id after
     * {@code after}.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Long> activeUnpaidBefore(String month, long after, int max) {
        return em.createQuery("SELECT s.cardId FROM SmsInformer s WHERE s.status = :active AND s.cardId > :after "
                        + "AND (s.paidMonth IS NULL OR s.paidMonth < :month) ORDER BY s.cardId", Long.class)
                .setParameter("active", SmsInformer.Status.ACTIVE).setParameter("after", after)
                .setParameter("month", month).setMaxResults(max).getResultList();
    }

    /** The card's row, off, before its first charge: the charge's key counts on its attempts from then on. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensure(long cardId, String actor, Instant now) {
        if (em.find(SmsInformer.class, cardId) == null) {
            em.persist(new SmsInformer(cardId, now, actor));
            em.flush();
        }
    }

    /** Connects an informer whose month is paid already (it was switched off and on again within the month). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void connectPaid(long cardId, String actor, Instant now) {
        SmsInformer informer = em.find(SmsInformer.class, cardId, LockModeType.PESSIMISTIC_WRITE);
        if (informer != null && informer.status() != SmsInformer.Status.ACTIVE) {
            informer.connect(now, actor);
            audit.record(actor, "sms-informer.connect", AuditSubject.CARD, cardId, "month paid already");
        }
    }

    /** Switches off an informer the school's programme no longer offers: it is never charged again, so it sends no more. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void withdraw(long cardId, String actor, Instant now) {
        SmsInformer informer = em.find(SmsInformer.class, cardId, LockModeType.PESSIMISTIC_WRITE);
        if (informer != null && informer.status() != SmsInformer.Status.OFF) {
            informer.disconnect(now, actor);
            audit.record(actor, "sms-informer.withdraw", AuditSubject.CARD, cardId, "the school's programme offers it no more");
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void disconnect(long cardId, String actor, Instant now) {
        SmsInformer informer = em.find(SmsInformer.class, cardId, LockModeType.PESSIMISTIC_WRITE);
        if (informer != null && informer.status() != SmsInformer.Status.OFF) {
            informer.disconnect(now, actor);
            audit.record(actor, "sms-informer.disconnect", AuditSubject.CARD, cardId, "was " + informer.status());
        }
    }

    /** Charges the child's main purse as {@code charge} says: the money operation's own transaction, once per key. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Outcome charge(InformerCharge charge, String source) {
        return payments.chargeService(charge.key(), PurseRef.ofCard(CardRef.id(charge.cardId())), charge.amount(),
                new ServiceCharge(NoticeTexts.INFORMER_SERVICE, NoticeTexts.informerCharge(charge.month(), charge.days())),
                source);
    }

    /** Records what the charge came to; connecting, an approved charge switches the informer on. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public InformerOutcome settle(InformerCharge charge, Outcome outcome, boolean connecting, String actor, Instant now) {
        SmsInformer informer = em.find(SmsInformer.class, charge.cardId(), LockModeType.PESSIMISTIC_WRITE);
        if (informer == null) {
            informer = new SmsInformer(charge.cardId(), now, actor);
            em.persist(informer);
        }
        InformerOutcome.Result declined = outcome.reason() == DeclineCode.INSUFFICIENT_FUNDS
                ? InformerOutcome.Result.INSUFFICIENT_FUNDS : InformerOutcome.Result.DECLINED;
        if (!informer.isAttempt(charge.attempt())) {
            return new InformerOutcome(outcome.isApproved() ? InformerOutcome.Result.CONNECTED : declined, charge.month(),
                    charge.amount(), charge.available());
        }
        if (outcome.isApproved()) {
            informer.charged(charge.month(), outcome.entryId(), charge.amount(), now, actor);
            if (connecting) {
                informer.connect(now, actor);
            }
            audit.record(actor, connecting ? "sms-informer.connect" : "sms-informer.charge", AuditSubject.CARD,
                    charge.cardId(), charge.amount().toPlainString() + " RUB for " + charge.month() + " (" + charge.days()
                            + " days), entry " + outcome.entryId());
            return new InformerOutcome(InformerOutcome.Result.CONNECTED, charge.month(), charge.amount(), outcome.balance());
        }
        boolean suspended = informer.declined(charge.month(), outcome.reason().name(), charge.amount(), now, actor);
        audit.record(actor, suspended ? "sms-informer.suspend" : "sms-informer.decline", AuditSubject.CARD, charge.cardId(),
                charge.amount().toPlainString() + " RUB for " + charge.month() + " declined: " + outcome.code());
        if (suspended) {
            tellSuspended(card(charge.cardId()), charge, outcome.reason() == DeclineCode.INSUFFICIENT_FUNDS, now);
        }
        return new InformerOutcome(declined, charge.month(), charge.amount(), charge.available());
    }

    private void tellSuspended(Card card, InformerCharge charge, boolean forFunds, Instant now) {
        String subject = NoticeTexts.suspendedSubject(card.holderName());
        String body = NoticeTexts.suspendedBody(card.holderName(), charge.month(), charge.amount(), charge.available(),
                forFunds, card.panMasked());
        String event = "sms-informer:suspended:" + card.id() + ":" + charge.month() + ":" + charge.attempt();
        for (String guardian : cards.guardiansOf(card.id())) {
            outbox.toGuardian(guardian, card.id(), event, Topic.SMS_INFORMER, subject, body, now);
        }
    }

    private Card card(long cardId) {
        return cards.find(CardRef.id(cardId)).orElseThrow(() -> new IllegalArgumentException("No card " + cardId));
    }
}
