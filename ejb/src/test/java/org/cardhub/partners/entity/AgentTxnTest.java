package org.cardhub.partners.entity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

class AgentTxnTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 3, 10, 12, 0, 0);

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "1796528318953418", "99999999999999999999"})
    void anIntegerWrittenPlainlyIsATxnId(String txnId) {
        assertThat(AgentTxn.isTxnId(txnId)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"01796528318953418", "00", "007", "", "12ab", "-1", "+1", " 1", "123456789012345678901"})
    void leadingZerosAndAnythingButDigitsAreNoTxnId(String txnId) {
        assertThat(AgentTxn.isTxnId(txnId)).isFalse();
    }

    @Test
    void aMissingTxnIdIsNone() {
        assertThat(AgentTxn.isTxnId(null)).isFalse();
    }

    @Test
    void aPaymentTimeWithinTheWindowIsRead() {
        assertThat(AgentTxn.txnDate("20260310115959", NOW)).hasValue(LocalDateTime.of(2026, 3, 10, 11, 59, 59));
        assertThat(AgentTxn.txnDate("20000101000000", NOW)).hasValue(AgentTxn.EARLIEST);
        assertThat(AgentTxn.txnDate("20260311120000", NOW)).as("a day ahead of UTC, for agents east of it")
                .hasValue(LocalDateTime.of(2026, 3, 11, 12, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"00010101000000", "19991231235959", "99991231235959", "20260311120001", "20261301000000",
            "20260230000000", "2026031012000", "2026-03-10T12:00", ""})
    void aTimeOutsideTheWindowOrOfAnotherFormIsRefused(String txnDate) {
        assertThat(AgentTxn.txnDate(txnDate, NOW)).isEmpty();
    }

    @Test
    void aMissingTimeIsRefused() {
        assertThat(AgentTxn.txnDate(null, NOW)).isEmpty();
    }
}
