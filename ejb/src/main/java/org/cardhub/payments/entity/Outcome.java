package org.cardhub.payments.entity;

import org.cardhub.cards.entity.CardRefusal;
import org.cardhub.contracts.entity.ContractRefusal;
import org.cardhub.limits.entity.Decline;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.util.Objects;

/**
 * The answer to an operation, as stored for its idempotency key and sent back on a replay: approved with what
 * was approved and the balance left, or declined with its reason and a sentence naming it.
 */
public final class Outcome {

    public enum Status { APPROVED, DECLINED }

    /** The code an approval answers with. */
    public static final String OK = "OK";

    private static final String WOULD_BE_APPROVED = "Would be approved";

    private final Status status;
    private final DeclineCode reason;
    private final String message;
    private final Long entryId;
    private final Long holdId;
    private final String authCode;
    private final Amount approvedAmount;
    private final Amount approvedVolume;
    private final Amount balance;

    private Outcome(Status status, DeclineCode reason, String message, Long entryId, Long holdId, String authCode,
                    Amount approvedAmount, Amount approvedVolume, Amount balance) {
        this.status = status;
        this.reason = reason;
        this.message = message;
        this.entryId = entryId;
        this.holdId = holdId;
        this.authCode = authCode;
        this.approvedAmount = approvedAmount;
        this.approvedVolume = approvedVolume;
        this.balance = balance;
    }

    /**
     * An operation carried out. An {@code amount} in roubles is approved with the fuel {@code volume} it paid
     * for; an amount in litres is the approved volume itself.
     *
     * @param entryId the journal entry posted, if any
     * @param holdId  the hold placed, completed or released, if any
     * @param balance what the purse has available afterwards
     */
    public static Outcome approved(Long entryId, Long holdId, String authCode, Amount amount, Amount volume,
                                   Amount balance) {
        return new Outcome(Status.APPROVED, null, null, entryId, holdId, authCode,
                amount.currency() == Currency.RUB ? amount : null,
                amount.currency() == Currency.LITRE ? amount : volume, balance);
    }

    /**
     * A spend that would pass every check now: the amount it would pay (its price less any tariff discount), its volume
     * and what its purse has available; nothing was posted.
     */
    public static Outcome spendWouldBeApproved(Amount amount, Amount volume, Amount available) {
        return new Outcome(Status.APPROVED, null, WOULD_BE_APPROVED, null, null, null, amount, volume, available);
    }

    /** A top-up that would pass every check now, with the balance it would leave; nothing was posted. */
    public static Outcome topUpWouldBeApproved(Amount amount, Amount balanceAfter) {
        return new Outcome(Status.APPROVED, null, WOULD_BE_APPROVED, null, null, null, amount, null, balanceAfter);
    }

    public static Outcome declined(DeclineCode reason, String message) {
        return new Outcome(Status.DECLINED, Objects.requireNonNull(reason), message, null, null, null, null, null, null);
    }

    public static Outcome declined(CardRefusal byCard) {
        return declined(DeclineCode.of(byCard.reason()), byCard.explanation());
    }

    public static Outcome declined(ContractRefusal byContract) {
        return declined(DeclineCode.of(byContract.reason()), byContract.explanation());
    }

    public static Outcome declined(Decline byLimit) {
        return declined(DeclineCode.of(byLimit.reason()), byLimit.explanation());
    }

    public boolean isApproved() {
        return status == Status.APPROVED;
    }

    public Status status() {
        return status;
    }

    /** Why it was declined; null when approved. */
    public DeclineCode reason() {
        return reason;
    }

    /** {@link #OK} or the decline's reason, as answered on the wire. */
    public String code() {
        return isApproved() ? OK : reason.name();
    }

    public String message() {
        return message;
    }

    public Long entryId() {
        return entryId;
    }

    public Long holdId() {
        return holdId;
    }

    /** Null for a decline and for a dry run. */
    public String authCode() {
        return authCode;
    }

    /** Null for a decline and for an approval in litres only. */
    public Amount approvedAmount() {
        return approvedAmount;
    }

    public Amount approvedVolume() {
        return approvedVolume;
    }

    public Amount balance() {
        return balance;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Outcome that && status == that.status && reason == that.reason
                && Objects.equals(message, that.message) && Objects.equals(entryId, that.entryId)
                && Objects.equals(holdId, that.holdId) && Objects.equals(authCode, that.authCode)
                && Objects.equals(approvedAmount, that.approvedAmount)
                && Objects.equals(approvedVolume, that.approvedVolume) && Objects.equals(balance, that.balance);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, reason, message, entryId, holdId, authCode, approvedAmount, approvedVolume, balance);
    }

    @Override
    public String toString() {
        return status + "/" + code() + (message == null ? "" : ": " + message) + (entryId == null ? "" : ", entry " + entryId)
                + (holdId == null ? "" : ", hold " + holdId) + (balance == null ? "" : ", balance " + balance);
    }
}
