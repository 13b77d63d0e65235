package org.cardhub.tools.partner;

/**
 * One top-up as sent: its idempotency key (the REST {@code Idempotency-Key}, the agent's {@code txn_id}), the
 * agent's {@code txn_date}, the account and the amount. A replay repeats an earlier credited call as it was and
 * carries that call's answer, which it must get again.
 */
record Call(String key, String date, String account, String amount, Target.Answer original) {

    static Call fresh(String key, String date, String account, String amount) {
        return new Call(key, date, account, amount, null);
    }

    boolean replay() {
        return original != null;
    }

    Call replayOf(Target.Answer answer) {
        return new Call(key, date, account, amount, answer);
    }
}
