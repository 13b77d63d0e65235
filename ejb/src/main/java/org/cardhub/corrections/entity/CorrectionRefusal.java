package org.cardhub.corrections.entity;

import org.cardhub.refusal.Refusal;
import org.cardhub.refusal.RefusalCode;

/** A proposal or a decision Cardhub refuses; nothing is written. Each code has its message on the page. */
public class CorrectionRefusal extends Refusal {

    private static final long serialVersionUID = 1L;

    public enum Code implements RefusalCode {
        /** A correction of zero changes nothing. */
        AMOUNT_ZERO(Kind.MALFORMED),
        REASON_REQUIRED(Kind.MALFORMED),
        REASON_TOO_LONG(Kind.MALFORMED),
        /** Neither a card nor a contract (a correction), or no operation (a reversal). */
        TARGET_REQUIRED(Kind.MALFORMED),
        CARD_UNKNOWN(Kind.REFUSED),
        CONTRACT_UNKNOWN(Kind.REFUSED),
        /** No approved operation under that key, so nothing to reverse. */
        OPERATION_UNKNOWN(Kind.REFUSED),
        /** Four eyes: the proposer never approves their own proposal. */
        OWN_PROPOSAL(Kind.REFUSED),
        /** Someone decided it first (approved, rejected). */
        ALREADY_DECIDED(Kind.REFUSED),
        PROPOSAL_UNKNOWN(Kind.NOT_FOUND);

        private final Kind kind;

        Code(Kind kind) {
            this.kind = kind;
        }

        @Override
        public Kind kind() {
            return kind;
        }
    }

    public CorrectionRefusal(Code code, String message) {
        super(code, message);
    }

    @Override
    public Code code() {
        return (Code) super.code();
    }
}
