package org.cardhub.tools.partner;

/**
 * How one call ended after its last attempt: the answer (null when the last attempt got none, then {@code failure}
 * says why, e.g. {@code timeout} or {@code ConnectException}), how many times it was sent, and the journal entry the
 * answer names, if any.
 */
record Delivery(Call call, int attempts, Target.Answer answer, String failure, Long topUpId) {

    static Delivery answered(Call call, int attempts, Target.Answer answer, Long topUpId) {
        return new Delivery(call, attempts, answer, null, topUpId);
    }

    static Delivery failed(Call call, int attempts, String failure) {
        return new Delivery(call, attempts, null, failure, null);
    }

    boolean isAnswered() {
        return answer != null;
    }
}
