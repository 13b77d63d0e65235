package org.cardhub.meals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.cardhub.money.Amount;
import org.cardhub.money.RoublesAsKopecksConverter;

/**
 * One pupil's part of a group meal: held on their canteen purse (the hold's key kept), free (the school's budget pays),
 * or refused with a reason; once served, the journal entry that paid it, or why it could not be paid.
 */
@Entity
@Table(name = "group_meal_pupil")
public class GroupMealPupil {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "group_meal_id")
    private GroupMeal groupMeal;

    @Column(name = "card_id")
    private long cardId;

    @Enumerated(EnumType.STRING)
    private GroupMealOutcome outcome;

    @Enumerated(EnumType.STRING)
    private GroupMealReason reason;

    @Column(name = "amount_minor")
    @Convert(converter = RoublesAsKopecksConverter.class)
    private Amount amount;

    @Column(name = "hold_key")
    private String holdKey;

    @Column(name = "entry_id")
    private Long entryId;

    protected GroupMealPupil() {
    }

    GroupMealPupil(GroupMeal groupMeal, long cardId, GroupMealOutcome outcome, GroupMealReason reason, String holdKey) {
        this.groupMeal = groupMeal;
        this.cardId = cardId;
        this.outcome = outcome;
        this.reason = reason;
        this.amount = groupMeal.pupilTotal();
        this.holdKey = holdKey;
    }

    /**
     * Whether serving still has to pay the pupil's part: a hold not yet settled nor found ended; a beneficiary's meal the
     * budget has not paid yet (tried again while it cannot).
     */
    public boolean awaitsPayment() {
        return switch (outcome) {
            case HELD -> entryId == null && reason == null;
            case FREE -> entryId == null;
            case REFUSED -> false;
        };
    }

    /** Paid at serving by the journal entry {@code entry}. */
    public void paid(long entry) {
        requireIn();
        this.entryId = entry;
        this.reason = null;
    }

    /** Served, but not paid: {@link GroupMealReason#NOT_SETTLED} or {@link GroupMealReason#BUDGET_SHORT}. */
    public void unpaid(GroupMealReason why) {
        requireIn();
        this.reason = why;
    }

    private void requireIn() {
        if (!outcome.isIn()) {
            throw new IllegalStateException("Card " + cardId + " was refused: it has nothing to pay");
        }
    }

    public long cardId() {
        return cardId;
    }

    public GroupMealOutcome outcome() {
        return outcome;
    }

    public GroupMealReason reason() {
        return reason;
    }

    public Amount amount() {
        return amount;
    }

    public Long entryId() {
        return entryId;
    }
}
