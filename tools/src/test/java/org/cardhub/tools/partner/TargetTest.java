package org.cardhub.tools.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TargetTest {

    private static final URI BASE = URI.create("http://localhost:8080/cardhub/");
    private static final Call CALL = Call.fresh("17637174157000000042", "20261121123015", "10000001", "1.00");

    @Test
    void aRestTopUpIsAPostWithTheBearerTheIdempotencyKeyAndAJsonBody() {
        HttpRequest request = Target.REST.request(BASE, CALL, "t0ken", Duration.ofSeconds(3));

        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.uri()).hasToString("http://localhost:8080/cardhub/api/v1/top-ups");
        assertThat(request.headers().firstValue("Authorization")).contains("Bearer t0ken");
        assertThat(request.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(request.headers().firstValue("Idempotency-Key")).contains("17637174157000000042");
        assertThat(request.timeout()).contains(Duration.ofSeconds(3));
        assertThat(Target.body(CALL)).isEqualTo("{\"account\":\"10000001\",\"amount\":\"1.00\"}");
        assertThat(request.bodyPublisher()).hasValueSatisfying(body ->
                assertThat(body.contentLength()).isEqualTo(Target.body(CALL).length()));
    }

    @Test
    void anAgentPayIsAGetWithTheProtocolsParametersAndTheBearer() {
        Call wallet = Call.fresh("17637174157000000043", "20261121123015", "+79001234567", "10.45");

        HttpRequest request = Target.AGENT.request(BASE, wallet, "t0ken", Duration.ofSeconds(3));

        assertThat(request.method()).isEqualTo("GET");
        assertThat(request.uri()).hasToString("http://localhost:8080/cardhub/agent?command=pay"
                + "&txn_id=17637174157000000043&txn_date=20261121123015&account=%2B79001234567&sum=10.45");
        assertThat(request.headers().firstValue("Authorization")).contains("Bearer t0ken");
    }

    @Test
    void aRestTopUpIsCreditedOnlyWhenCreated() {
        Target.Answer created = Target.REST.read(201, "{\"id\":2016,\"status\":\"APPROVED\",\"amount\":\"1.00\","
                + "\"balance\":\"1501.00\",\"account\":\"10000001\"}");
        Target.Answer declined = Target.REST.read(422, "{\"code\":\"WALLET_CAP\",\"status\":422,"
                + "\"title\":\"Unprocessable Content\"}");
        Target.Answer approvedButNotCreated = Target.REST.read(200, "{\"status\":\"APPROVED\"}");

        assertThat(created.credited()).isTrue();
        assertThat(created.result()).isEqualTo("APPROVED");
        assertThat(declined.credited()).isFalse();
        assertThat(declined.result()).as("a problem's numeric status is not a result").isEqualTo("WALLET_CAP");
        assertThat(approvedButNotCreated.credited()).isFalse();
    }

    @Test
    void aRestAnswerWithBothAStatusAndACodeShowsBoth() {
        assertThat(Target.REST.read(200, "{\"status\":\"DECLINED\",\"code\":\"LIMIT_EXCEEDED\"}").result())
                .isEqualTo("DECLINED/LIMIT_EXCEEDED");
    }

    @Test
    void aRestAnswerWithoutStatusOrCodeHasNoResult() {
        assertThat(Target.REST.read(404, "<html>not found</html>").result()).isEqualTo(Target.NO_RESULT);
        assertThat(Target.REST.read(500, "").result()).isEqualTo(Target.NO_RESULT);
        assertThat(Target.REST.read(201, "[1,2]").result()).isEqualTo(Target.NO_RESULT);
        assertThat(Target.REST.read(409, "{\"code\":\"IN_FLIGHT\"}").result()).isEqualTo("IN_FLIGHT");
        assertThat(Target.REST.read(400, "{\"status\":400}").result()).isEqualTo(Target.NO_RESULT);
    }

    @Test
    void aRestReplayMustRepeatStatusAndBody() {
        String body = "{\"status\":\"APPROVED\",\"code\":\"OK\",\"entryId\":7}";

        assertThat(Target.REST.read(201, body).identity()).isEqualTo(Target.REST.read(201, body).identity());
        assertThat(Target.REST.read(200, body).identity()).isNotEqualTo(Target.REST.read(201, body).identity());
        assertThat(Target.REST.read(201, body.replace("7", "8")).identity())
                .isNotEqualTo(Target.REST.read(201, body).identity());
    }

    @Test
    void anAgentPayIsCreditedOnResultZeroInAnHttpOk() {
        String paid = """
                <?xml version="1.0" encoding="UTF-8"?>
                <response>
                  <osmp_txn_id>17637174157000000042</osmp_txn_id>
                  <prv_txn>2016</prv_txn>
                  <sum>1.00</sum>
                  <result>0</result>
                  <comment>OK</comment>
                </response>
                """;

        Target.Answer answer = Target.AGENT.read(200, paid);

        assertThat(answer.credited()).isTrue();
        assertThat(answer.result()).isEqualTo("0");
        assertThat(answer.identity()).contains("prv_txn 2016", "sum 1.00");
    }

    @Test
    void anAgentRefusalOrAnErrorPageIsNotCredited() {
        assertThat(Target.AGENT.read(200, "<response><result>5</result><comment>Счёт не найден</comment></response>"))
                .satisfies(answer -> {
                    assertThat(answer.credited()).isFalse();
                    assertThat(answer.result()).isEqualTo("5");
                });
        assertThat(Target.AGENT.read(500, "<response><result>0</result></response>").credited()).isFalse();
        assertThat(Target.AGENT.read(401, "").result()).isEqualTo(Target.NO_RESULT);
        assertThat(Target.AGENT.read(200, null).result()).isEqualTo(Target.NO_RESULT);
    }

    @Test
    void anAgentReplayMustRepeatTheSamePaymentId() {
        String first = "<response><prv_txn>2016</prv_txn><sum>1.00</sum><result>0</result></response>";
        String second = "<response><prv_txn>2017</prv_txn><sum>1.00</sum><result>0</result></response>";

        assertThat(Target.AGENT.read(200, first).identity()).isEqualTo(Target.AGENT.read(200, first).identity());
        assertThat(Target.AGENT.read(200, second).identity()).isNotEqualTo(Target.AGENT.read(200, first).identity());
    }

    @Test
    void aGatewayFailureIsWorthSendingAgainForBothTargetsAndSoIsWhatAsksForARepeat() {
        for (Target target : Target.values()) {
            assertThat(target.retryable(target.read(502, "<html>Bad Gateway</html>"))).isTrue();
            assertThat(target.retryable(target.read(503, ""))).isTrue();
            assertThat(target.retryable(target.read(504, ""))).isTrue();
            assertThat(target.retryable(target.read(500, ""))).as("an error of the application itself").isFalse();
            assertThat(target.retryable(target.read(401, ""))).isFalse();
        }
        assertThat(Target.REST.retryable(Target.REST.read(409, "{\"code\":\"IDEMPOTENCY_IN_FLIGHT\",\"status\":409}")))
                .isTrue();
        assertThat(Target.REST.retryable(Target.REST.read(422, "{\"code\":\"WALLET_CAP\",\"status\":422}"))).isFalse();
        assertThat(Target.AGENT.retryable(Target.AGENT.read(200, "<response><result>1</result></response>"))).isTrue();
        assertThat(Target.AGENT.retryable(Target.AGENT.read(200, "<response><result>5</result></response>"))).isFalse();
    }

    @Test
    void onlyARuleOrValidationRefusalIsAFinalRefusal() {
        assertThat(Target.REST.refusal(422, "WALLET_CAP")).isTrue();
        assertThat(Target.REST.refusal(400, "AMOUNT_SCALE")).isTrue();
        assertThat(Target.REST.refusal(409, "IDEMPOTENCY_IN_FLIGHT")).isFalse();
        assertThat(Target.REST.refusal(429, "RATE_LIMITED")).isFalse();
        assertThat(Target.REST.refusal(502, Target.NO_RESULT)).isFalse();
        assertThat(Target.AGENT.refusal(200, "5")).isTrue();
        assertThat(Target.AGENT.refusal(200, "0")).isFalse();
        assertThat(Target.AGENT.refusal(200, "1")).as("temporary").isFalse();
        assertThat(Target.AGENT.refusal(200, Target.NO_RESULT)).isFalse();
        assertThat(Target.AGENT.refusal(502, "5")).isFalse();
    }

    @Test
    void theTopUpsEntryIsReadFromTheRestIdAndTheAgentsPrvTxn() {
        assertThat(Target.REST.topUpId("{\"id\":2016,\"status\":\"APPROVED\"}")).isEqualTo(2016L);
        assertThat(Target.REST.topUpId("{\"code\":\"WALLET_CAP\",\"status\":422}")).isNull();
        assertThat(Target.REST.topUpId("{\"id\":\"2016\"}")).isNull();
        assertThat(Target.REST.topUpId("<html/>")).isNull();
        assertThat(Target.AGENT.topUpId("<response><prv_txn>2016</prv_txn><result>0</result></response>")).isEqualTo(2016L);
        assertThat(Target.AGENT.topUpId("<response><result>5</result></response>")).isNull();
        assertThat(Target.AGENT.topUpId(null)).isNull();
    }

    @Test
    void targetsAreNamedInAnyCase() {
        assertThat(Target.named(" Rest ")).isEqualTo(Target.REST);
        assertThat(Target.named("agent")).isEqualTo(Target.AGENT);
    }
}
