package org.cardhub.acquiring.entity;

import org.cardhub.payments.entity.OperationKey;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The keys that make a payment happen once. The acquirer's {@code Idempotence-Key} (at most 64 characters) is the
 * payer's attempt on the top-up page, or an auto top-up rule with the event that triggered it: asking again with the
 * same key returns the same payment, never a second charge. The ledger's operation key is the acquirer's payment id:
 * a payment is credited once, whichever path credits it.
 */
public final class IdempotenceKeys {

    /** The scope of the ledger's keys of bank-card top-ups (and the source named in the audit trail). */
    public static final String SCOPE = "acquirer:yookassa";
    public static final int MAX_LENGTH = 64;

    private static final Pattern TRIGGER = Pattern.compile("[A-Za-z0-9-]{1,32}");

    private IdempotenceKeys() {
    }

    /** The payer's attempt: one per visit of the top-up page, so a double click pays once. */
    public static String ofPayerAttempt(UUID attempt) {
        return "cardhub-p-" + attempt;
    }

    /** An auto top-up's charge, named by its rule and what triggered it (e.g. {@code e1234}, the purchase's journal entry). */
    public static String ofAutoTopUp(long ruleId, String trigger) {
        if (ruleId <= 0 || trigger == null || !TRIGGER.matcher(trigger).matches()) {
            throw new IllegalArgumentException("An auto top-up's key names its rule and a trigger of 1 to 32 letters, digits or dashes");
        }
        return "cardhub-a-" + ruleId + "-" + trigger;
    }

    /** The ledger's key of the credit of the acquirer's payment {@code providerPaymentId}. */
    public static OperationKey ofCredit(String providerPaymentId) {
        return new OperationKey(SCOPE, providerPaymentId);
    }
}
