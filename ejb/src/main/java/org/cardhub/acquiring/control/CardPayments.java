package org.cardhub.acquiring.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import org.cardhub.acquiring.entity.BankCardAutoTopUp;
import org.cardhub.acquiring.entity.CardPayment;
import org.cardhub.acquiring.entity.FeeTerms;
import org.cardhub.acquiring.entity.PaymentStatus;
import org.cardhub.acquiring.entity.SavedBankCard;
import org.cardhub.acquiring.entity.TopUpFee;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Card payments, fees, saved cards and auto top-up rules as they are stored; in the caller's transaction, if any. */
@Dependent
public class CardPayments {

    @PersistenceContext
    EntityManager em;

    public Optional<CardPayment> find(long id) {
        return Optional.ofNullable(em.find(CardPayment.class, id));
    }

    /** Locked for the rest of the transaction: whoever decides a payment holds its row, so two never decide it at once. */
    public CardPayment lock(long id) {
        CardPayment payment = em.find(CardPayment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (payment == null) {
            throw new IllegalArgumentException("No card payment " + id);
        }
        return payment;
    }

    public Optional<CardPayment> byPublicId(String publicId) {
        return one("SELECT p FROM CardPayment p WHERE p.publicId = :value", publicId);
    }

    public Optional<CardPayment> byProviderId(String providerPaymentId) {
        return one("SELECT p FROM CardPayment p WHERE p.providerPaymentId = :value", providerPaymentId);
    }

    public Optional<CardPayment> byIdempotenceKey(String key) {
        return one("SELECT p FROM CardPayment p WHERE p.idempotenceKey = :value", key);
    }

    /** Pending payments created before {@code createdBefore}, those checked longest ago first. */
    public List<Long> pendingSince(Instant createdBefore, int max) {
        return em.createQuery("SELECT p.id FROM CardPayment p WHERE p.status = :pending AND p.createdAt < :before "
                        + "ORDER BY p.checkedAt, p.id", Long.class)
                .setParameter("pending", PaymentStatus.PENDING).setParameter("before", createdBefore)
                .setMaxResults(max).getResultList();
    }

    /** The payments of a pupil's card, newest first. */
    public List<CardPayment> ofCard(long cardId, int max) {
        return em.createQuery("SELECT p FROM CardPayment p WHERE p.cardId = :card ORDER BY p.createdAt DESC, p.id DESC",
                        CardPayment.class)
                .setParameter("card", cardId).setMaxResults(max).getResultList();
    }

    public FeeTerms feeTermsOf(long contractId) {
        TopUpFee fee = em.find(TopUpFee.class, contractId);
        return fee == null ? FeeTerms.NONE : fee.terms();
    }

    /** The payer's saved cards in use, newest first. */
    public List<SavedBankCard> savedCardsOf(String payer) {
        return em.createQuery("SELECT s FROM SavedBankCard s WHERE s.payerSubject = :payer AND s.removedAt IS NULL "
                        + "ORDER BY s.savedAt DESC, s.id DESC", SavedBankCard.class)
                .setParameter("payer", payer).getResultList();
    }

    public Optional<SavedBankCard> savedCard(String payer, String paymentMethodId) {
        return em.createQuery("SELECT s FROM SavedBankCard s WHERE s.payerSubject = :payer AND s.paymentMethodId = :method",
                        SavedBankCard.class)
                .setParameter("payer", payer).setParameter("method", paymentMethodId).getResultStream().findFirst();
    }

    public Optional<SavedBankCard> savedCard(long id) {
        return Optional.ofNullable(em.find(SavedBankCard.class, id));
    }

    public List<BankCardAutoTopUp> rulesOf(long cardId) {
        return em.createQuery("SELECT r FROM BankCardAutoTopUp r WHERE r.cardId = :card ORDER BY r.purse", BankCardAutoTopUp.class)
                .setParameter("card", cardId).getResultList();
    }

    /** The card's rules, locked in id order: a charge is started by one of two simultaneous triggers only. */
    public List<BankCardAutoTopUp> lockRulesOf(long cardId) {
        return em.createQuery("SELECT r FROM BankCardAutoTopUp r WHERE r.cardId = :card ORDER BY r.id", BankCardAutoTopUp.class)
                .setParameter("card", cardId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    public List<BankCardAutoTopUp> lockRulesCharging(long savedCardId) {
        return em.createQuery("SELECT r FROM BankCardAutoTopUp r WHERE r.savedCardId = :saved ORDER BY r.id", BankCardAutoTopUp.class)
                .setParameter("saved", savedCardId).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    public BankCardAutoTopUp lockRule(long id) {
        BankCardAutoTopUp rule = em.find(BankCardAutoTopUp.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (rule == null) {
            throw new IllegalArgumentException("No auto top-up " + id);
        }
        return rule;
    }

    public <T> T persist(T entity) {
        em.persist(entity);
        em.flush();
        return entity;
    }

    private Optional<CardPayment> one(String query, String value) {
        if (value == null) {
            return Optional.empty();
        }
        return em.createQuery(query, CardPayment.class).setParameter("value", value).getResultStream().findFirst();
    }
}
