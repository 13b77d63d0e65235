package org.cardhub.partners.boundary;

import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.entity.InvalidCardIdentifierException;
import org.cardhub.ledger.entity.ClosedPeriodException;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.partners.entity.AgentAnswer;
import org.cardhub.partners.entity.AgentResult;
import org.cardhub.payments.entity.InvalidOperationException;
import org.cardhub.refusal.Refusal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

/** How the payment-agent protocol answers each refusal of the money core (docs/payment-agent-protocol.md). */
class AgentRefusalsTest {

    private static final String TXN = "1001";

    @Test
    void anAccountInTheWrongFormatIs4() {
        assertThat(answerTo(new InvalidOperationException(InvalidOperationException.Code.ACCOUNT_FORMAT, "digits")))
                .isEqualTo(AgentAnswer.of(TXN, AgentResult.ACCOUNT_FORMAT));
    }

    @Test
    void anAccountThatIsNotThereForThisAgentIs5() {
        assertThat(answerTo(new InvalidOperationException(InvalidOperationException.Code.CONTRACT_UNKNOWN, "no F-1")))
                .isEqualTo(AgentAnswer.of(TXN, AgentResult.ACCOUNT_NOT_FOUND));
        assertThat(answerTo(new InvalidOperationException(InvalidOperationException.Code.PURSE_UNKNOWN, "no purse")))
                .isEqualTo(AgentAnswer.of(TXN, AgentResult.ACCOUNT_NOT_FOUND));
        assertThat(answerTo(new AccessDeniedException("card", 7L)))
                .isEqualTo(AgentAnswer.of(TXN, AgentResult.ACCOUNT_NOT_FOUND));
    }

    @ParameterizedTest
    @EnumSource(value = InvalidOperationException.Code.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"ACCOUNT_FORMAT", "CONTRACT_UNKNOWN", "PURSE_UNKNOWN"})
    void anyOtherRefusalOfAnOperationIs300WithoutItsText(InvalidOperationException.Code code) {
        assertThat(answerTo(new InvalidOperationException(code, "ours"))).isEqualTo(AgentAnswer.of(TXN, AgentResult.OTHER));
    }

    @Test
    void aRefusedSumOrCardNumberIs300WithItsText() {
        assertThat(answerTo(new InvalidAmountException(InvalidAmountException.Code.AMOUNT_TOO_LARGE, "too large")))
                .isEqualTo(AgentAnswer.of(TXN, AgentResult.OTHER, "too large"));
        assertThat(answerTo(new InvalidCardIdentifierException(InvalidCardIdentifierException.Code.PAN_CHECKSUM, "checksum")))
                .isEqualTo(AgentAnswer.of(TXN, AgentResult.OTHER, "checksum"));
    }

    @Test
    void aGuardOfTheBooksThatFiredIsATechnicalFailureTheAgentRetries() {
        assertThat(answerTo(new ClosedPeriodException(1L, YearMonth.of(2026, 11))))
                .isEqualTo(AgentAnswer.of(TXN, AgentResult.TEMPORARY));
    }

    private static AgentAnswer answerTo(Refusal refused) {
        return AgentPayments.answerOf(TXN, refused);
    }
}
