package org.cardhub.lessons.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.Instant;

/**
 * A parent's payment by bank card for one purpose — a subscription of an offer, or a part of a subscription's price:
 * the money lands on the pupil's balance and then serves the purpose, once.
 */
@Entity
@Table(name = "lesson_payment_intent")
public class PaymentIntent {

    public enum Status { PENDING, APPLIED, FAILED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "pupil_id")
    private long pupilId;

    private String attempt;

    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "subscription_id")
    private Long subscriptionId;

    @Column(name = "amount_minor")
    private long amountMinor;

    @Enumerated(EnumType.STRING)
    private Status status = Status.PENDING;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "applied_at")
    private Instant appliedAt;

    protected PaymentIntent() {
    }

    private PaymentIntent(long pupilId, String attempt, Long offerId, Long subscriptionId, Amount amount, Instant now) {
        this.pupilId = pupilId;
        this.attempt = attempt;
        this.offerId = offerId;
        this.subscriptionId = subscriptionId;
        this.amountMinor = amount.minorUnits();
        this.createdAt = now;
    }

    public static PaymentIntent toBuy(long pupilId, String attempt, long offerId, Amount price, Instant now) {
        return new PaymentIntent(pupilId, attempt, offerId, null, price, now);
    }

    public static PaymentIntent toPay(long pupilId, String attempt, long subscriptionId, Amount amount, Instant now) {
        return new PaymentIntent(pupilId, attempt, null, subscriptionId, amount, now);
    }

    public void applied(Instant now) {
        status = Status.APPLIED;
        appliedAt = now;
    }

    public void failed(Instant now) {
        status = Status.FAILED;
        appliedAt = now;
    }

    public Amount amount() {
        return Amount.ofMinorUnits(amountMinor, Currency.RUB);
    }

    public Long id() {
        return id;
    }

    public long pupilId() {
        return pupilId;
    }

    public String attempt() {
        return attempt;
    }

    public Long offerId() {
        return offerId;
    }

    public Long subscriptionId() {
        return subscriptionId;
    }

    public Status status() {
        return status;
    }
}
