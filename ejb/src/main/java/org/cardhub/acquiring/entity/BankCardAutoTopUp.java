package org.cardhub.acquiring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A purse of a pupil's card that tops itself up from its owner's saved bank card: when its money falls below the
 * threshold, one charge brings it to the target. A charge the acquirer cancels suspends the rule with its reason; it
 * charges again only after the parent resumes it, so a failure is never retried into a second charge.
 */
@Entity
@Table(name = "bank_card_auto_top_up")
public class BankCardAutoTopUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "card_id")
    private long cardId;

    @Enumerated(EnumType.STRING)
    private AccountPurpose purse;

    @Column(name = "owner_subject")
    private String ownerSubject;

    @Column(name = "saved_card_id")
    private long savedCardId;

    @Column(name = "threshold_minor")
    private long thresholdMinor;

    @Column(name = "target_minor")
    private long targetMinor;

    @Enumerated(EnumType.STRING)
    private AutoTopUpStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "suspended_reason")
    private CancellationReason suspendedReason;

    @Column(name = "suspended_at")
    private Instant suspendedAt;

    @Column(name = "last_payment_id")
    private Long lastPaymentId;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected BankCardAutoTopUp() {
    }

    public BankCardAutoTopUp(long cardId, AccountPurpose purse, String ownerSubject, SavedBankCard card, Amount threshold,
                             Amount target, Instant now) {
        if (purse != AccountPurpose.MAIN && purse != AccountPurpose.CANTEEN) {
            throw new InvalidTopUpException(InvalidTopUpException.Code.PURSE_UNKNOWN, "Auto top-ups fill the general or the canteen purse");
        }
        this.cardId = cardId;
        this.purse = purse;
        change(ownerSubject, card, threshold, target, now);
    }

    /**
     * Sets what the rule does and who pays (the parent saving it, from a saved card of theirs); the parent's saving it
     * switches it on, and ends a suspension.
     */
    public void change(String owner, SavedBankCard card, Amount threshold, Amount target, Instant now) {
        requireValid(threshold, target);
        if (card == null || card.isRemoved() || !card.belongsTo(owner)) {
            throw new InvalidTopUpException(InvalidTopUpException.Code.SAVED_CARD_UNKNOWN, "No saved bank card of " + owner);
        }
        this.ownerSubject = Objects.requireNonNull(owner);
        this.savedCardId = card.id();
        this.thresholdMinor = threshold.minorUnits();
        this.targetMinor = target.minorUnits();
        switchOn(now);
    }

    /** A threshold of zero or more; a target at least the smallest top-up above it, and not above the largest. */
    public static void requireValid(Amount threshold, Amount target) {
        if (threshold.isNegative()) {
            throw new InvalidTopUpException(InvalidTopUpException.Code.AMOUNT_FORMAT, "A threshold is zero or more");
        }
        if (target.isLessThan(threshold.plus(TopUpAmount.MINIMUM))) {
            throw new InvalidTopUpException(InvalidTopUpException.Code.TARGET_TOO_LOW,
                    "The target is at least " + TopUpAmount.MINIMUM + " above the threshold");
        }
        if (target.isGreaterThan(TopUpAmount.MAXIMUM)) {
            throw new InvalidTopUpException(InvalidTopUpException.Code.TARGET_TOO_LARGE, "The target is at most " + TopUpAmount.MAXIMUM);
        }
    }

    /** The charge that brings a purse with {@code available} to the target: none while it is not below the threshold or the rule is not active. */
    public Optional<Amount> chargeFor(Amount available) {
        if (status != AutoTopUpStatus.ACTIVE || available.minorUnits() >= thresholdMinor) {
            return Optional.empty();
        }
        Amount needed = target().minus(available);
        return Optional.of(needed.isGreaterThan(TopUpAmount.MAXIMUM) ? TopUpAmount.MAXIMUM : needed);
    }

    /** A charge was started as card payment {@code paymentId}; until it is decided no other starts. */
    public void charging(long paymentId, Instant now) {
        lastPaymentId = paymentId;
        updatedAt = now;
    }

    public void suspend(CancellationReason reason, Instant now) {
        status = AutoTopUpStatus.SUSPENDED;
        suspendedReason = Objects.requireNonNull(reason);
        suspendedAt = now;
        updatedAt = now;
    }

    public void switchOff(Instant now) {
        status = AutoTopUpStatus.OFF;
        suspendedReason = null;
        suspendedAt = null;
        updatedAt = now;
    }

    /** On again, also after a suspension: the parent's decision, the only thing that lets it charge again. */
    public void switchOn(Instant now) {
        status = AutoTopUpStatus.ACTIVE;
        suspendedReason = null;
        suspendedAt = null;
        updatedAt = now;
    }

    public boolean charges(long savedCard) {
        return savedCardId == savedCard;
    }

    public Long id() {
        return id;
    }

    public long cardId() {
        return cardId;
    }

    public AccountPurpose purse() {
        return purse;
    }

    public String ownerSubject() {
        return ownerSubject;
    }

    public long savedCardId() {
        return savedCardId;
    }

    public Amount threshold() {
        return Amount.ofMinorUnits(thresholdMinor, Currency.RUB);
    }

    public Amount target() {
        return Amount.ofMinorUnits(targetMinor, Currency.RUB);
    }

    public AutoTopUpStatus status() {
        return status;
    }

    public CancellationReason suspendedReason() {
        return suspendedReason;
    }

    public Instant suspendedAt() {
        return suspendedAt;
    }

    public Long lastPaymentId() {
        return lastPaymentId;
    }
}
