package org.cardhub.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.RoublesAsKopecksConverter;

import java.io.Serializable;
import java.util.Objects;

/**
 * A parent's low-balance threshold on one purse of their child's card, and whether the purse is below it already: the
 * parent is told once when a debit takes the purse below the threshold, and again only after the purse was back at or
 * above it.
 */
@Entity
@Table(name = "low_balance_alert")
@IdClass(LowBalanceAlert.Key.class)
public class LowBalanceAlert {

    @Id
    private String subject;

    @Id
    @Column(name = "card_id")
    private long cardId;

    @Id
    @Enumerated(EnumType.STRING)
    private AccountPurpose purpose;

    @Column(name = "threshold_minor")
    @Convert(converter = RoublesAsKopecksConverter.class)
    private Amount threshold;

    private boolean below;

    @Version
    private long version;

    protected LowBalanceAlert() {
    }

    /** A threshold set while the purse holds {@code available}: a purse below it already is not announced again. */
    public LowBalanceAlert(String subject, long cardId, AccountPurpose purpose, Amount threshold, Amount available) {
        if (purpose == AccountPurpose.SYSTEM) {
            throw new IllegalArgumentException("A threshold is set on a card's purse");
        }
        this.subject = Objects.requireNonNull(subject);
        this.cardId = cardId;
        this.purpose = purpose;
        change(threshold, available);
    }

    /** A new threshold; whether the purse is below it is judged afresh. */
    public void change(Amount newThreshold, Amount available) {
        this.threshold = Threshold.checked(newThreshold, "threshold");
        this.below = available.isLessThan(threshold);
    }

    /**
     * The purse changed, leaving {@code available}. Whether the parent is to be told now: a debit left it below the
     * threshold and they were not told since it was last at or above it.
     */
    public boolean tellAfter(boolean debit, Amount available) {
        if (!available.isLessThan(threshold)) {
            below = false;
            return false;
        }
        if (!debit || below) {
            return false;
        }
        below = true;
        return true;
    }

    /** The same threshold on the card that replaced this one, which took over its balance (and so its state). */
    public LowBalanceAlert forCard(long otherCardId) {
        LowBalanceAlert moved = new LowBalanceAlert();
        moved.subject = subject;
        moved.cardId = otherCardId;
        moved.purpose = purpose;
        moved.threshold = threshold;
        moved.below = below;
        return moved;
    }

    public String subject() {
        return subject;
    }

    public long cardId() {
        return cardId;
    }

    public AccountPurpose purpose() {
        return purpose;
    }

    public Amount threshold() {
        return threshold;
    }

    public boolean isBelow() {
        return below;
    }

    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String subject;
        private long cardId;
        private AccountPurpose purpose;

        public Key() {
        }

        public Key(String subject, long cardId, AccountPurpose purpose) {
            this.subject = subject;
            this.cardId = cardId;
            this.purpose = purpose;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && cardId == that.cardId && Objects.equals(subject, that.subject)
                    && purpose == that.purpose;
        }

        @Override
        public int hashCode() {
            return Objects.hash(subject, cardId, purpose);
        }
    }
}
