package org.cardhub.meals.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.cardhub.money.Amount;
import org.cardhub.money.RoublesAsKopecksConverter;
import org.cardhub.payments.entity.OperationKey;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A free meal given to a beneficiary pupil on a school day, paid from the school's meal budget by journal entry
 * {@code entryId}. Its key is the pupil and the day: never two on one day, whatever runs at once.
 */
@Entity
@Table(name = "free_meal")
@IdClass(FreeMeal.Key.class)
public class FreeMeal {

    /** The pupil's card and the school day. */
    public static class Key implements Serializable {
        private long cardId;
        private LocalDate mealDate;

        public Key() {
        }

        public Key(long cardId, LocalDate day) {
            this.cardId = cardId;
            this.mealDate = day;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && cardId == that.cardId && Objects.equals(mealDate, that.mealDate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(cardId, mealDate);
        }
    }

    @Id
    @Column(name = "card_id")
    private long cardId;

    @Id
    @Column(name = "meal_date")
    private LocalDate mealDate;

    @Column(name = "kind_code")
    private String kindCode;

    @Column(name = "amount_minor")
    @Convert(converter = RoublesAsKopecksConverter.class)
    private Amount amount;

    @Column(name = "entry_id")
    private long entryId;

    @Column(name = "posted_at")
    private Instant postedAt;

    protected FreeMeal() {
    }

    public FreeMeal(long cardId, LocalDate day, String kindCode, Amount amount, long entryId, Instant postedAt) {
        this.cardId = cardId;
        this.mealDate = day;
        this.kindCode = kindCode;
        this.amount = amount;
        this.entryId = entryId;
        this.postedAt = postedAt;
    }

    /** The money operation of a pupil's free meal on a day: the same whenever and however often it is tried. */
    public static OperationKey operationKey(long cardId, LocalDate day) {
        return new OperationKey("meals:free", cardId + ":" + day);
    }

    public long cardId() {
        return cardId;
    }

    public LocalDate day() {
        return mealDate;
    }

    public String kindCode() {
        return kindCode;
    }

    public Amount amount() {
        return amount;
    }

    public long entryId() {
        return entryId;
    }

    public Instant postedAt() {
        return postedAt;
    }
}
