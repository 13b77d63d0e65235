package org.cardhub.it;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.AgentProtocolIT.agent;
import static org.cardhub.it.AgentProtocolIT.freshTxnId;
import static org.cardhub.it.AgentProtocolIT.pay;
import static org.cardhub.it.PartnerRestIT.SCHOOL_CARD_SUFFIX;
import static org.cardhub.it.PartnerRestIT.SCHOOL_NUMBER;
import static org.cardhub.it.PartnerRestIT.cardId;
import static org.cardhub.it.PartnerRestIT.mainBalance;
import static org.cardhub.it.RunningCardhub.clientToken;

/**
 * What the outside probe found on the payment-agent protocol, refused: a txn_id that is the same number
 * in another spelling, a txn_date no payment can have, and an answer to status that told an unknown
 * account from one of another program.
 */
class AgentProtocolStrictIT {

    private static final String FUEL_CARD = "7005990000000010";

    private static String agentDemo;
    private static long schoolCard;

    @BeforeAll
    static void signIn() {
        agentDemo = clientToken("agent-demo", "agent-demo-secret");
        schoolCard = cardId(agentDemo, "S-00000001", SCHOOL_CARD_SUFFIX);
    }

    @Test
    void aTxnIdWithLeadingZerosIsRefusedSoOneNumberPaysOnce() {
        String txnId = freshTxnId();
        BigDecimal before = mainBalance(agentDemo, schoolCard);

        AgentProtocolIT.Answer first = agent(agentDemo, pay(txnId, SCHOOL_NUMBER, "1.00"));
        AgentProtocolIT.Answer padded = agent(agentDemo, pay("0" + txnId, SCHOOL_NUMBER, "1.00"));

        assertThat(first.result()).isZero();
        assertThat(padded.result()).isEqualTo(300);
        assertThat(padded.comment()).contains("txn_id");
        assertThat(agent(agentDemo, "command", "status", "txn_id", "0" + txnId).result()).isEqualTo(300);
        assertThat(mainBalance(agentDemo, schoolCard)).isEqualByComparingTo(before.add(new BigDecimal("1.00")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00010101000000", "19991231235959", "99991231235959"})
    void aTxnDateOutsideTheWindowIsResult300AndPaysNothing(String txnDate) {
        String txnId = freshTxnId();
        BigDecimal before = mainBalance(agentDemo, schoolCard);

        AgentProtocolIT.Answer answer = agent(agentDemo, "command", "pay", "txn_id", txnId, "txn_date", txnDate,
                "account", SCHOOL_NUMBER, "sum", "1.00");

        assertThat(answer.result()).isEqualTo(300);
        assertThat(answer.comment()).contains("txn_date");
        assertThat(agent(agentDemo, "command", "status", "txn_id", txnId).result()).isEqualTo(90);
        assertThat(mainBalance(agentDemo, schoolCard)).isEqualByComparingTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"99999999", "7005990099999999", FUEL_CARD})
    void anUnknownAccountAndOneOfAnotherProgramLeaveTheSameTrace(String account) {
        String txnId = freshTxnId();

        assertThat(agent(agentDemo, pay(txnId, account, "1.00")).result()).isEqualTo(5);
        assertThat(agent(agentDemo, "command", "status", "txn_id", txnId).result()).isEqualTo(90);
        assertThat(agent(agentDemo, pay(txnId, account, "2.00")).result()).isEqualTo(5);
    }
}
