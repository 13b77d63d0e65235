package org.cardhub.lessons.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A centre's pupil: a card on the centre's contract, whose main purse is the pupil's balance at the centre, and the
 * parent's e-mail the card's number and code were sent to. Parents reach the pupil as the card's guardians.
 */
@Entity
@Table(name = "lesson_pupil")
public class LessonPupil {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "contract_id")
    private long contractId;

    @Column(name = "card_id")
    private long cardId;

    private String name;

    @Column(name = "parent_email")
    private String parentEmail;

    @Column(name = "settle_debts_first")
    private boolean settleDebtsFirst = true;

    @Column(name = "created_at")
    private Instant createdAt;

    protected LessonPupil() {
    }

    public LessonPupil(long contractId, long cardId, String name, String parentEmail, Instant now) {
        this.contractId = contractId;
        this.cardId = cardId;
        this.name = name;
        this.parentEmail = parentEmail;
        this.createdAt = now;
    }

    /** The parent's word on money put on the balance: lessons in debt are paid first, or it stays there. */
    public void settleDebtsFirst(boolean settle) {
        this.settleDebtsFirst = settle;
    }

    public boolean settlesDebtsFirst() {
        return settleDebtsFirst;
    }

    public Long id() {
        return id;
    }

    public long contractId() {
        return contractId;
    }

    public long cardId() {
        return cardId;
    }

    public String name() {
        return name;
    }

    public String parentEmail() {
        return parentEmail;
    }
}
