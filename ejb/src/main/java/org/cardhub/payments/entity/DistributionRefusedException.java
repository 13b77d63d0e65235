package org.cardhub.payments.entity;

import org.cardhub.money.Amount;
import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/**
 * A move between a contract's account and its cards that the rules refuse as a whole, so that nothing moves: a purse
 * without enough for its part, a card that may not take part, a contract not in force. It names where: a card
 * ({@link #cardId()}, {@link #where()} its masked number) or, with no card, the contract's account ({@link #where()}
 * the contract's number); for a purse short of money, what it has available.
 */
public class DistributionRefusedException extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        INSUFFICIENT_FUNDS,
        CARD_NOT_USABLE,
        CONTRACT_INACTIVE;

        @Override
        public Kind kind() {
            return Kind.REFUSED;
        }
    }

    private final Long cardId;
    private final String where;
    private final Amount available;

    private DistributionRefusedException(Code code, Long cardId, String where, Amount available, String message) {
        super(code, message);
        this.cardId = cardId;
        this.where = where;
        this.available = available;
    }

    /** The purse of a card ({@code cardId}) or, with none, of the contract has less available than its part asks. */
    public static DistributionRefusedException insufficient(Long cardId, String where, Amount available, Amount asked) {
        return new DistributionRefusedException(Code.INSUFFICIENT_FUNDS, cardId, where, available,
                where + " has " + available + " available, the move asks " + asked);
    }

    public static DistributionRefusedException cardNotUsable(long cardId, String panMasked, String why) {
        return new DistributionRefusedException(Code.CARD_NOT_USABLE, cardId, panMasked, null, why);
    }

    public static DistributionRefusedException contractInactive(String contractNumber, String why) {
        return new DistributionRefusedException(Code.CONTRACT_INACTIVE, null, contractNumber, null, why);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }

    /** The card refused, or null when it is the contract's account. */
    public Long cardId() {
        return cardId;
    }

    /** The card's masked number, or the contract's number. */
    public String where() {
        return where;
    }

    /** What the short purse has available; null for the other refusals. */
    public Amount available() {
        return available;
    }
}
