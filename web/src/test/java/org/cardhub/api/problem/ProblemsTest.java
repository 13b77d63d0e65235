package org.cardhub.api.problem;

import org.cardhub.callers.AccessDeniedException;
import org.cardhub.cards.entity.InvalidCardIdentifierException;
import org.cardhub.cards.entity.InvalidCardOperationException;
import org.cardhub.contracts.entity.InvalidContractException;
import org.cardhub.money.InvalidAmountException;
import org.cardhub.payments.entity.InvalidOperationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemsTest {

    private static final String PATH = "/cardhub/api/v1/top-ups";

    @Test
    void aMalformedAmountIsABadRequestAndOneTheRulesRefuseIsUnprocessable() {
        assertThat(problemOf(new InvalidAmountException(InvalidAmountException.Code.AMOUNT_SCALE, "x")))
                .extracting(Problem::status, Problem::code).containsExactly(400, "AMOUNT_SCALE");
        assertThat(problemOf(new InvalidAmountException(InvalidAmountException.Code.AMOUNT_NOT_POSITIVE, "x")))
                .extracting(Problem::status, Problem::code).containsExactly(422, "AMOUNT_NOT_POSITIVE");
    }

    @Test
    void whatTheCallerMayNotReachIsNotFoundWithoutSayingWhetherItExists() {
        assertThat(problemOf(new AccessDeniedException("card", 7L)))
                .extracting(Problem::status, Problem::code).containsExactly(404, "NOT_FOUND");
        assertThat(problemOf(new InvalidCardOperationException(InvalidCardOperationException.Code.CARD_UNKNOWN, "x")))
                .extracting(Problem::status, Problem::code).containsExactly(404, "NOT_FOUND");
    }

    @Test
    void everyOtherDomainRefusalKeepsItsOwnCode() {
        assertThat(problemOf(new InvalidOperationException(InvalidOperationException.Code.CURSOR_INVALID, "x")))
                .extracting(Problem::status, Problem::code).containsExactly(400, "CURSOR_INVALID");
        assertThat(problemOf(new InvalidCardIdentifierException(InvalidCardIdentifierException.Code.PAN_CHECKSUM, "x")))
                .extracting(Problem::status, Problem::code).containsExactly(400, "PAN_CHECKSUM");
        assertThat(problemOf(new InvalidCardOperationException(InvalidCardOperationException.Code.STATUS_TRANSITION, "x")))
                .extracting(Problem::status, Problem::code).containsExactly(422, "STATUS_TRANSITION");
        assertThat(problemOf(new InvalidContractException(InvalidContractException.Code.NOT_ACTIVE, "x")))
                .extracting(Problem::status, Problem::code).containsExactly(422, "NOT_ACTIVE");
    }

    @Test
    void aTechnicalFailureIsNoRefusal() {
        assertThat(Problems.ofRefusal(new IllegalStateException("connection lost"), PATH)).isEmpty();
        assertThat(Problems.ofRefusal(new IllegalArgumentException("a bug"), PATH)).isEmpty();
    }

    @Test
    void aProblemHasATypePerCodeTheStatusTitleAndTheRequestPath() {
        Problem problem = Problem.of(422, "WALLET_CAP", "over the cap", PATH);

        assertThat(problem.type()).isEqualTo("urn:cardhub:problem:wallet-cap");
        assertThat(problem.title()).isEqualTo("Unprocessable Content");
        assertThat(problem.instance()).isEqualTo(PATH);
        assertThat(problem.violations()).isNull();
    }

    @Test
    void aTerminalIsToldToSignItsRequestNotToSendABearerToken() {
        Problem terminal = Problems.ofStatus(401, "/cardhub/api/v1/terminal/stop-list");
        Problem partner = Problems.ofStatus(401, PATH);

        assertThat(terminal.detail()).contains("Authorization: Terminal").contains("HMAC-SHA256")
                .doesNotContainIgnoringCase("bearer");
        assertThat(terminal.code()).isEqualTo("UNAUTHORIZED");
        assertThat(partner.detail()).contains("bearer");
        assertThat(Problems.ofStatus(403, "/cardhub/api/v1/terminal/stop-list").detail()).contains("terminal")
                .doesNotContain("partner-agent");
    }

    private static Problem problemOf(RuntimeException refusal) {
        return Problems.ofRefusal(refusal, PATH).orElseThrow();
    }
}
