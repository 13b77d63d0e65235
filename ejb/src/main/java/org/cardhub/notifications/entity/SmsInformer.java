package org.cardhub.notifications.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cardhub.money.Amount;
import org.cardhub.money.RoublesAsKopecksConverter;
import org.cardhub.payments.entity.OperationKey;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;

/**
 * The paid SMS informer of one child's card: connected (SMS about the child leave), suspended because a month's charge
 * was declined (no SMS until a parent resumes it, paying then), or off. Each month is charged once: its charge's
 * operation key names the card, the month and the attempt, and the attempt moves on only when a charge is declined,
 * so a charge repeated after a restart, or by a second server, finds the first one's outcome.
 */
@Entity
@Table(name = "sms_informer")
public class SmsInformer {

    public enum Status { ACTIVE, SUSPENDED, OFF }

    /** The scope of the charges' operation keys. */
    public static final String KEY_SCOPE = "system:sms-informer";

    @Id
    @Column(name = "card_id")
    private long cardId;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "paid_month")
    private String paidMonth;

    private int attempt;

    @Column(name = "suspended_month")
    private String suspendedMonth;

    @Column(name = "suspend_reason")
    private String suspendReason;

    @Column(name = "shortfall_minor")
    @Convert(converter = RoublesAsKopecksConverter.class)
    private Amount shortfall;

    @Column(name = "last_charge_minor")
    @Convert(converter = RoublesAsKopecksConverter.class)
    private Amount lastCharge;

    @Column(name = "last_charge_entry_id")
    private Long lastChargeEntryId;

    @Column(name = "last_charged_at")
    private Instant lastChargedAt;

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "changed_by")
    private String changedBy;

    @Version
    private long version;

    protected SmsInformer() {
    }

    /** A card's informer, off until it is paid for. */
    public SmsInformer(long cardId, Instant now, String actor) {
        this.cardId = cardId;
        this.status = Status.OFF;
        touch(now, actor);
    }

    /** Whether SMS about the child leave now. */
    public boolean sends() {
        return status == Status.ACTIVE;
    }

    public boolean isPaidFor(YearMonth month) {
        return paidMonth != null && !YearMonth.parse(paidMonth).isBefore(month);
    }

    /** Connected, and {@code month} not paid yet: the monthly sweep charges it. */
    public boolean isDueFor(YearMonth month) {
        return status == Status.ACTIVE && !isPaidFor(month);
    }

    /** The operation key of this attempt to charge {@code month}. */
    public OperationKey chargeKey(YearMonth month) {
        return chargeKey(cardId, month, attempt);
    }

    /** The operation key of a card's {@code attempt} (0 for a card never declined) to charge {@code month}. */
    public static OperationKey chargeKey(long cardId, YearMonth month, int attempt) {
        return new OperationKey(KEY_SCOPE, cardId + ":" + month + ":" + attempt);
    }

    /** Whether a charge was tried with this attempt's key: an outcome of an older one was settled already. */
    public boolean isAttempt(int tried) {
        return attempt == tried;
    }

    /** {@code month} was charged (entry {@code entryId}): paid, and running again if it was suspended. */
    public void charged(YearMonth month, long entryId, Amount amount, Instant at, String actor) {
        if (!isPaidFor(month)) {
            paidMonth = month.toString();
        }
        if (!Objects.equals(lastChargeEntryId, entryId)) {
            lastCharge = amount;
            lastChargeEntryId = entryId;
            lastChargedAt = at;
        }
        if (status == Status.SUSPENDED) {
            status = Status.ACTIVE;
            clearSuspension();
        }
        touch(at, actor);
    }

    /** A parent connected it (or resumed it), its current month paid. */
    public void connect(Instant now, String actor) {
        status = Status.ACTIVE;
        clearSuspension();
        touch(now, actor);
    }

    /**
     * A charge of {@code month} was declined for {@code reason} (a decline code): the next try gets a key of its own;
     * a connected informer is suspended. Whether it was suspended now.
     */
    public boolean declined(YearMonth month, String reason, Amount asked, Instant now, String actor) {
        attempt++;
        touch(now, actor);
        if (status != Status.ACTIVE) {
            return false;
        }
        status = Status.SUSPENDED;
        suspendedMonth = month.toString();
        suspendReason = Objects.requireNonNull(reason);
        shortfall = asked;
        return true;
    }

    public void disconnect(Instant now, String actor) {
        status = Status.OFF;
        clearSuspension();
        touch(now, actor);
    }

    /** The same informer on the card that replaced this one: its state and the months paid go with it. */
    public SmsInformer forCard(long otherCardId, Instant now, String actor) {
        SmsInformer moved = new SmsInformer(otherCardId, now, actor);
        moved.status = status;
        moved.paidMonth = paidMonth;
        moved.suspendedMonth = suspendedMonth;
        moved.suspendReason = suspendReason;
        moved.shortfall = shortfall;
        moved.lastCharge = lastCharge;
        moved.lastChargeEntryId = lastChargeEntryId;
        moved.lastChargedAt = lastChargedAt;
        return moved;
    }

    private void clearSuspension() {
        suspendedMonth = null;
        suspendReason = null;
        shortfall = null;
    }

    private void touch(Instant now, String actor) {
        changedAt = Objects.requireNonNull(now);
        changedBy = Objects.requireNonNull(actor);
    }

    public long cardId() {
        return cardId;
    }

    public Status status() {
        return status;
    }

    public int attempt() {
        return attempt;
    }

    public Optional<YearMonth> paidMonth() {
        return Optional.ofNullable(paidMonth).map(YearMonth::parse);
    }

    public Optional<YearMonth> suspendedMonth() {
        return Optional.ofNullable(suspendedMonth).map(YearMonth::parse);
    }

    public String suspendReason() {
        return suspendReason;
    }

    public Amount shortfall() {
        return shortfall;
    }

    public Amount lastCharge() {
        return lastCharge;
    }

    public Instant lastChargedAt() {
        return lastChargedAt;
    }
}
