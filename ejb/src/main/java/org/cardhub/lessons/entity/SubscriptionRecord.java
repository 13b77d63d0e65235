package org.cardhub.lessons.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A subscription bought, or a course's price owed, as the records keep it; {@link #toSubscription()} gives the rules'
 * {@link Subscription} and {@link #keep} takes its state back after the lesson book changed it.
 */
@Entity
@Table(name = "lesson_subscription")
public class SubscriptionRecord {

    public enum Kind { SUBSCRIPTION, COURSE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "enrolment_id")
    private long enrolmentId;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    private int lessons;

    @Column(name = "valid_from")
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "price_minor")
    private long priceMinor;

    @Column(name = "paid_minor")
    private long paidMinor;

    private int consumed;

    @Column(name = "last_share")
    private boolean lastShare;

    private boolean expired;

    @Column(name = "forfeited_minor")
    private long forfeitedMinor;

    @Column(name = "request_key")
    private String requestKey;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    protected SubscriptionRecord() {
    }

    public SubscriptionRecord(long enrolmentId, Kind kind, int lessons, LocalDate validFrom, LocalDate validUntil,
                              Amount price, String requestKey, Instant now, String createdBy) {
        new Subscription(0, lessons, validFrom, validUntil, price); // the rules refuse a bad one before it is kept
        this.enrolmentId = enrolmentId;
        this.kind = kind;
        this.lessons = lessons;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
        this.priceMinor = price.minorUnits();
        this.requestKey = requestKey;
        this.createdAt = now;
        this.createdBy = createdBy;
    }

    public Subscription toSubscription() {
        return Subscription.restore(id, lessons, validFrom, validUntil, price(), rub(paidMinor), consumed, lastShare, expired);
    }

    /** Takes the state the rules left the subscription in. */
    public void keep(Subscription subscription) {
        if (subscription.id() != id) {
            throw new IllegalArgumentException("Subscription " + subscription.id() + " is not " + id);
        }
        paidMinor = subscription.paid().minorUnits();
        consumed = subscription.lessonsConsumed();
        lastShare = subscription.lastShareRecognised();
        expired = subscription.isExpired();
    }

    /**
     * What its expiry makes the centre's: paid and not yet recognised (nothing when less was paid than its lessons
     * recognised). Kept, so that a later payment knows what is left to recognise.
     */
    public Amount forfeit(Amount recognised) {
        long unused = Math.max(0, paidMinor - recognised.minorUnits() - forfeitedMinor);
        forfeitedMinor += unused;
        return rub(unused);
    }

    /**
     * Of a payment towards an expired subscription, the part the centre earns at once: what is beyond the lessons it
     * recognised and were not paid for yet (the rest covers them in the deferred account).
     */
    public Amount earnedAtOnce(Amount payment, Amount recognised, Amount paidBefore) {
        long owedForGiven = Math.max(0, recognised.minorUnits() - paidBefore.minorUnits());
        long atOnce = Math.max(0, payment.minorUnits() - owedForGiven);
        forfeitedMinor += atOnce;
        return rub(atOnce);
    }

    private static Amount rub(long minor) {
        return Amount.ofMinorUnits(minor, Currency.RUB);
    }

    public Amount price() {
        return rub(priceMinor);
    }

    public Amount paid() {
        return rub(paidMinor);
    }

    public Amount forfeited() {
        return rub(forfeitedMinor);
    }

    public Long id() {
        return id;
    }

    public long enrolmentId() {
        return enrolmentId;
    }

    public Kind kind() {
        return kind;
    }

    public int lessons() {
        return lessons;
    }

    public int consumed() {
        return consumed;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    public boolean isExpired() {
        return expired;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
