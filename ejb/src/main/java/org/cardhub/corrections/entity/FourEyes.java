package org.cardhub.corrections.entity;

import org.cardhub.money.Amount;

/**
 * The rules of four eyes, apart from any proposal: what needs a second person, who may be it, what a reason is.
 */
public final class FourEyes {

    public static final int MAX_REASON = 500;

    private FourEyes() {
    }

    /** A correction or reversal of at least the threshold of its currency (either way: a credit or a debit) waits. */
    public static boolean needsApproval(Amount amount, Amount threshold) {
        Amount size = amount.isNegative() ? amount.negate() : amount;
        return !size.isLessThan(threshold);
    }

    /** The proposer never approves their own proposal. */
    public static void requireSecondPerson(String proposer, String approver) {
        if (approver == null || approver.isBlank() || approver.equals(proposer)) {
            throw new CorrectionRefusal(CorrectionRefusal.Code.OWN_PROPOSAL,
                    "A proposal is approved by a second back-office person, never by its proposer");
        }
    }

    /** A reason of 1 to {@value #MAX_REASON} characters, stripped of blanks around it. */
    public static String reason(String text) {
        String reason = text == null ? "" : text.strip();
        if (reason.isEmpty()) {
            throw new CorrectionRefusal(CorrectionRefusal.Code.REASON_REQUIRED, "A correction needs a reason");
        }
        if (reason.length() > MAX_REASON) {
            throw new CorrectionRefusal(CorrectionRefusal.Code.REASON_TOO_LONG,
                    "A reason is at most " + MAX_REASON + " characters");
        }
        return reason;
    }
}
