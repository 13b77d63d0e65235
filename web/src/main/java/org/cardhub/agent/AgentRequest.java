package org.cardhub.agent;

import org.cardhub.partners.entity.AgentAnswer;
import org.cardhub.partners.entity.AgentResult;
import org.cardhub.partners.entity.AgentTxn;

import java.util.List;
import java.util.Map;

/**
 * An agent's request as its parameters say, once they are well formed: only the protocol's parameters,
 * each at most once and at most {@value #MAX_LENGTH} characters, and a command we know. The values
 * themselves (txn_id, account, sum, txn_date) are judged by {@code AgentPayments}.
 */
record AgentRequest(AgentCommand command, String txnId, String txnDate, String account, String sum) {

    static final int MAX_LENGTH = 64;
    private static final List<String> PARAMETERS = List.of("command", "txn_id", "txn_date", "account", "sum");

    /** A request, or the protocol's answer to one that is not well formed. */
    sealed interface Parsed permits Valid, Refused {
    }

    record Valid(AgentRequest request) implements Parsed {
    }

    record Refused(AgentAnswer answer) implements Parsed {
    }

    /** Reads the parameters as the servlet container collected them from the query and the form body. */
    static Parsed parse(Map<String, String[]> parameters) {
        String echo = txnIdToEcho(parameters.get("txn_id"));
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            if (!PARAMETERS.contains(name)) {
                return refused(echo, "неизвестный параметр " + shortened(name));
            }
            if (parameter.getValue().length != 1) {
                return refused(echo, "параметр " + name + " указан более одного раза");
            }
            if (parameter.getValue()[0].length() > MAX_LENGTH) {
                return refused(echo, "параметр " + name + " длиннее " + MAX_LENGTH + " символов");
            }
        }
        return AgentCommand.of(single(parameters, "command"))
                .<Parsed>map(command -> new Valid(new AgentRequest(command, single(parameters, "txn_id"),
                        single(parameters, "txn_date"), single(parameters, "account"), single(parameters, "sum"))))
                .orElseGet(() -> refused(echo, "command — check, pay или status"));
    }

    private static Refused refused(String txnId, String detail) {
        return new Refused(AgentAnswer.of(txnId, AgentResult.OTHER, detail));
    }

    private static String single(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null ? null : values[0];
    }

    /** The agent's txn_id is echoed on a refusal only when it is one. */
    private static String txnIdToEcho(String[] values) {
        if (values == null || values.length != 1) {
            return null;
        }
        return AgentTxn.isTxnId(values[0]) ? values[0] : null;
    }

    private static String shortened(String name) {
        return name.length() <= MAX_LENGTH ? name : name.substring(0, MAX_LENGTH) + "…";
    }
}
