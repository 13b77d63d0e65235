package org.cardhub.agent;

import org.cardhub.partners.entity.AgentResult;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AgentRequestTest {

    @Test
    void aWellFormedPayCarriesItsParametersAsSent() {
        var parsed = AgentRequest.parse(parameters("command", "pay", "txn_id", "123", "txn_date", "20260115120000",
                "account", "10000003", "sum", "10.45"));

        assertThat(parsed).isEqualTo(new AgentRequest.Valid(
                new AgentRequest(AgentCommand.PAY, "123", "20260115120000", "10000003", "10.45")));
    }

    @Test
    void missingValuesAreLeftToTheBoundaryToJudge() {
        var parsed = AgentRequest.parse(parameters("command", "check"));

        assertThat(parsed).isEqualTo(new AgentRequest.Valid(new AgentRequest(AgentCommand.CHECK, null, null, null, null)));
    }

    @Test
    void statusIsACommand() {
        assertThat(AgentRequest.parse(parameters("command", "status", "txn_id", "1")))
                .isInstanceOf(AgentRequest.Valid.class);
    }

    @Test
    void anUnknownOrMissingCommandIsResult300() {
        assertRefused(parameters("command", "refund", "txn_id", "5"), "5", "command");
        assertRefused(parameters("txn_id", "5"), "5", "command");
        assertRefused(parameters("command", "PAY", "txn_id", "5"), "5", "command");
    }

    @Test
    void anUnknownParameterIsNamed() {
        assertRefused(parameters("command", "check", "txn_id", "7", "prv_id", "1"), "7", "prv_id");
    }

    @Test
    void aParameterGivenTwiceIsNamed() {
        Map<String, String[]> twice = new LinkedHashMap<>(parameters("command", "pay", "txn_id", "8"));
        twice.put("sum", new String[] {"10.00", "20.00"});

        assertRefused(twice, "8", "sum");
    }

    @Test
    void aTxnIdGivenTwiceIsNotEchoed() {
        Map<String, String[]> twice = new LinkedHashMap<>(parameters("command", "pay"));
        twice.put("txn_id", new String[] {"8", "9"});

        assertRefused(twice, null, "txn_id");
    }

    @Test
    void aValueLongerThan64CharactersIsRefused() {
        assertRefused(parameters("command", "check", "txn_id", "9", "account", "1".repeat(65)), "9", "account");
        assertThat(AgentRequest.parse(parameters("command", "check", "account", "1".repeat(64))))
                .isInstanceOf(AgentRequest.Valid.class);
    }

    @Test
    void aTxnIdThatIsNoNumberIsNotEchoedOnARefusal() {
        assertRefused(parameters("command", "nope", "txn_id", "12ab"), null, "command");
        assertRefused(parameters("command", "nope", "txn_id", "1".repeat(21)), null, "command");
    }

    private static void assertRefused(Map<String, String[]> parameters, String echoedTxnId, String named) {
        var parsed = AgentRequest.parse(parameters);

        assertThat(parsed).isInstanceOf(AgentRequest.Refused.class);
        var answer = ((AgentRequest.Refused) parsed).answer();
        assertThat(answer.result()).isEqualTo(AgentResult.OTHER);
        assertThat(answer.txnId()).isEqualTo(echoedTxnId);
        assertThat(answer.comment()).contains(named);
        assertThat(answer.prvTxn()).isNull();
    }

    private static Map<String, String[]> parameters(String... namesAndValues) {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], new String[] {namesAndValues[i + 1]});
        }
        return parameters;
    }
}
