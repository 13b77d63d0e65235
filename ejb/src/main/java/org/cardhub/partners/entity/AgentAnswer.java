package org.cardhub.partners.entity;

/**
 * The answer to an agent's check, pay or status: the echoed {@code txnId}, our id of the posted payment
 * ({@code prvTxn}, pay only) and the sum credited, the result and a comment for the agent's operator.
 */
public record AgentAnswer(String txnId, Long prvTxn, String sum, AgentResult result, String comment) {

    public static AgentAnswer of(String txnId, AgentResult result) {
        return new AgentAnswer(txnId, null, null, result, result.comment());
    }

    public static AgentAnswer of(String txnId, AgentResult result, String detail) {
        return new AgentAnswer(txnId, null, null, result, result.comment() + ": " + detail);
    }
}
