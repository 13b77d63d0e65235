package org.cardhub.partners.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AgentResultTest {

    /** The result table of docs/payment-agent-protocol.md: code → fatal. */
    private static final Map<Integer, Boolean> PROTOCOL_TABLE = Map.ofEntries(
            Map.entry(0, false), Map.entry(1, false), Map.entry(4, true), Map.entry(5, true), Map.entry(7, true),
            Map.entry(8, true), Map.entry(79, true), Map.entry(90, true), Map.entry(241, true),
            Map.entry(242, true), Map.entry(243, true), Map.entry(300, true));

    @Test
    void theCodesAreExactlyThoseOfTheProtocolTable() {
        assertThat(Arrays.stream(AgentResult.values()).map(AgentResult::code))
                .doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(PROTOCOL_TABLE.keySet());
    }

    @Test
    void eachResultIsFatalExactlyWhenTheProtocolSaysSo() {
        assertThat(Arrays.stream(AgentResult.values()).collect(Collectors.toMap(AgentResult::code, AgentResult::isFatal)))
                .isEqualTo(PROTOCOL_TABLE);
    }

    @Test
    void eachResultHasItsProtocolMeaning() {
        assertThat(AgentResult.OK.code()).isZero();
        assertThat(AgentResult.TEMPORARY.code()).isEqualTo(1);
        assertThat(AgentResult.ACCOUNT_FORMAT.code()).isEqualTo(4);
        assertThat(AgentResult.ACCOUNT_NOT_FOUND.code()).isEqualTo(5);
        assertThat(AgentResult.PAYMENT_FORBIDDEN.code()).isEqualTo(7);
        assertThat(AgentResult.TECHNICAL_FORBIDDEN.code()).isEqualTo(8);
        assertThat(AgentResult.ACCOUNT_INACTIVE.code()).isEqualTo(79);
        assertThat(AgentResult.NOT_COMPLETED.code()).isEqualTo(90);
        assertThat(AgentResult.SUM_TOO_SMALL.code()).isEqualTo(241);
        assertThat(AgentResult.SUM_TOO_LARGE.code()).isEqualTo(242);
        assertThat(AgentResult.CANNOT_CHECK.code()).isEqualTo(243);
        assertThat(AgentResult.OTHER.code()).isEqualTo(300);
    }

    @Test
    void onlyOkAndTheTemporaryErrorLetTheAgentCarryOn() {
        assertThat(EnumSet.allOf(AgentResult.class).stream().filter(result -> !result.isFatal()))
                .containsExactlyInAnyOrder(AgentResult.OK, AgentResult.TEMPORARY);
    }

    @ParameterizedTest
    @EnumSource(AgentResult.class)
    void everyResultHasACommentForTheAgentsOperator(AgentResult result) {
        assertThat(result.comment()).isNotBlank();
    }

    @Test
    void anAnswerWithADetailKeepsTheResultsComment() {
        assertThat(AgentAnswer.of("42", AgentResult.SUM_TOO_SMALL, "не меньше 1.00"))
                .isEqualTo(new AgentAnswer("42", null, null, AgentResult.SUM_TOO_SMALL, "Сумма слишком мала: не меньше 1.00"));
    }
}
