package org.cardhub.acquiring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.Objects;

/**
 * A payer's bank card the acquirer keeps for charges without the payer (its {@code payment_method} id), saved when the
 * payer ticked "save the card" and paid. Cardhub never sees the number, only the acquirer's title ("Bank card *4477").
 */
@Entity
@Table(name = "saved_bank_card")
public class SavedBankCard {

    private static final int MAX_TITLE = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "payer_subject")
    private String payerSubject;

    @Column(name = "card_id")
    private Long cardId;

    @Column(name = "payment_method_id")
    private String paymentMethodId;

    private String title;

    @Column(name = "saved_at")
    private Instant savedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Version
    private long version;

    protected SavedBankCard() {
    }

    /** {@code cardId}: the pupil's card the payer was topping up when saving it. */
    public SavedBankCard(String payerSubject, Long cardId, String paymentMethodId, String title, Instant now) {
        this.payerSubject = Objects.requireNonNull(payerSubject);
        this.cardId = cardId;
        this.paymentMethodId = Objects.requireNonNull(paymentMethodId);
        String named = title == null || title.isBlank() ? "Bank card" : title.strip();
        this.title = named.length() > MAX_TITLE ? named.substring(0, MAX_TITLE) : named;
        this.savedAt = now;
    }

    /** Saved again by a later payment: in use again, if it had been removed. */
    public void savedAgain(String newTitle, Instant now) {
        removedAt = null;
        savedAt = now;
        if (newTitle != null && !newTitle.isBlank()) {
            title = newTitle.length() > MAX_TITLE ? newTitle.substring(0, MAX_TITLE) : newTitle.strip();
        }
    }

    public void remove(Instant now) {
        if (removedAt == null) {
            removedAt = now;
        }
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public boolean belongsTo(String subject) {
        return payerSubject.equals(subject);
    }

    public Long id() {
        return id;
    }

    public String payerSubject() {
        return payerSubject;
    }

    public String paymentMethodId() {
        return paymentMethodId;
    }

    public String title() {
        return title;
    }

    public Instant savedAt() {
        return savedAt;
    }
}
