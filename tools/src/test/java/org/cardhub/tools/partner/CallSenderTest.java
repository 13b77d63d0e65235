package org.cardhub.tools.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallSenderTest {

    private static final URI BASE = URI.create("http://localhost:8080/cardhub/");
    private static final Call CALL = Call.fresh("17637174157000000042", "20261121123015", "10000001", "1.00");
    private static final String CREATED = "{\"id\":2016,\"status\":\"APPROVED\",\"amount\":\"1.00\",\"balance\":\"1501.00\","
            + "\"account\":\"10000001\"}";
    private static final String PAID = "<response><prv_txn>2016</prv_txn><sum>1.00</sum><result>0</result></response>";

    /** Answers from a script: a reply, or an exception to throw; records every request and every pause. */
    private static final class Script implements CallSender.Transport, CallSender.Tokens {
        final Deque<Object> answers = new ArrayDeque<>();
        final List<HttpRequest> sent = new ArrayList<>();
        final List<Duration> pauses = new ArrayList<>();
        final List<String> refusedTokens = new ArrayList<>();

        Script then(Object answer) {
            answers.add(answer);
            return this;
        }

        @Override
        public CallSender.Reply exchange(HttpRequest request) throws IOException {
            sent.add(request);
            Object answer = answers.remove();
            if (answer instanceof IOException failure) {
                throw failure;
            }
            return (CallSender.Reply) answer;
        }

        @Override
        public String current() {
            return "t0ken";
        }

        @Override
        public void refused(String token) {
            refusedTokens.add(token);
        }

        CallSender sender(Target target, int retries) {
            return new CallSender(target, BASE, Duration.ofSeconds(3), retries, this, this, pauses::add);
        }

        List<String> keys() {
            return sent.stream().map(request -> request.headers().firstValue("Idempotency-Key").orElse(null)).toList();
        }
    }

    private static CallSender.Reply reply(int status, String body) {
        return new CallSender.Reply(status, body);
    }

    @Test
    void aRequestFailingWithIoTwiceThenCreditedIsSentThreeTimesWithTheSameKeyAccountAndAmount() throws Exception {
        Script script = new Script().then(new ConnectException("Connection refused"))
                .then(new IOException("Connection reset")).then(reply(201, CREATED));

        Delivery delivery = script.sender(Target.REST, 3).deliver(CALL);

        assertThat(script.sent).hasSize(3);
        assertThat(script.keys()).containsOnly("17637174157000000042");
        assertThat(script.sent).allSatisfy(request -> {
            assertThat(request.uri()).hasToString("http://localhost:8080/cardhub/api/v1/top-ups");
            assertThat(request.bodyPublisher()).hasValueSatisfying(body ->
                    assertThat(body.contentLength()).isEqualTo(Target.body(CALL).length()));
        });
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.isAnswered()).isTrue();
        assertThat(delivery.answer().credited()).isTrue();
        assertThat(delivery.topUpId()).isEqualTo(2016L);
        assertThat(script.pauses).containsExactly(Duration.ofMillis(200), Duration.ofMillis(400));
    }

    @Test
    void anAgentPayIsResentWithTheSameTxnIdAfterAGatewayFailure() throws Exception {
        Script script = new Script().then(reply(502, "<html>Bad Gateway</html>")).then(reply(503, ""))
                .then(reply(200, PAID));

        Delivery delivery = script.sender(Target.AGENT, 2).deliver(CALL);

        assertThat(script.sent).extracting(request -> request.uri().toString()).containsOnly(
                "http://localhost:8080/cardhub/agent?command=pay&txn_id=17637174157000000042&txn_date=20261121123015"
                        + "&account=10000001&sum=1.00");
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.answer().credited()).isTrue();
        assertThat(delivery.topUpId()).isEqualTo(2016L);
    }

    @Test
    void withoutRetriesARequestIsSentOnceAsBefore() throws Exception {
        Script script = new Script().then(new ConnectException("Connection refused"));

        Delivery delivery = script.sender(Target.REST, 0).deliver(CALL);

        assertThat(script.sent).hasSize(1);
        assertThat(script.pauses).isEmpty();
        assertThat(delivery.isAnswered()).isFalse();
        assertThat(delivery.failure()).isEqualTo("ConnectException");
        assertThat(delivery.attempts()).isEqualTo(1);
    }

    @Test
    void whenTheRetriesRunOutTheLastFailureCounts() throws Exception {
        Script script = new Script().then(new ConnectException("refused")).then(reply(504, ""))
                .then(new HttpTimeoutException("request timed out"));

        Delivery delivery = script.sender(Target.REST, 2).deliver(CALL);

        assertThat(script.sent).hasSize(3);
        assertThat(delivery.attempts()).isEqualTo(3);
        assertThat(delivery.isAnswered()).isFalse();
        assertThat(delivery.failure()).isEqualTo("timeout");
    }

    @Test
    void aRefusalACreditAndAnUnexpectedErrorAreNotResent() throws Exception {
        for (CallSender.Reply answer : List.of(reply(422, "{\"code\":\"WALLET_CAP\",\"status\":422}"),
                reply(201, CREATED), reply(500, ""), reply(429, "{\"code\":\"RATE_LIMITED\"}"))) {
            Script script = new Script().then(answer);

            Delivery delivery = script.sender(Target.REST, 5).deliver(CALL);

            assertThat(script.sent).as("HTTP %s", answer.status()).hasSize(1);
            assertThat(delivery.answer().status()).isEqualTo(answer.status());
        }
    }

    @Test
    void aKeyStillInFlightAndAnAgentsTemporaryErrorAreResent() throws Exception {
        Script rest = new Script().then(reply(409, "{\"code\":\"IDEMPOTENCY_IN_FLIGHT\",\"status\":409}"))
                .then(reply(201, CREATED));
        Script agent = new Script().then(reply(200, "<response><result>1</result></response>")).then(reply(200, PAID));

        assertThat(rest.sender(Target.REST, 1).deliver(CALL).answer().credited()).isTrue();
        assertThat(agent.sender(Target.AGENT, 1).deliver(CALL).answer().credited()).isTrue();
        assertThat(rest.sent).hasSize(2);
        assertThat(agent.sent).hasSize(2);
    }

    @Test
    void aRefusedTokenIsGivenBackAndTheAnswerCounts() throws Exception {
        Script script = new Script().then(reply(401, ""));

        Delivery delivery = script.sender(Target.REST, 3).deliver(CALL);

        assertThat(script.refusedTokens).containsExactly("t0ken");
        assertThat(script.sent).hasSize(1);
        assertThat(delivery.answer().status()).isEqualTo(401);
    }

    @Test
    void thePauseDoublesFrom200MillisecondsUpToTwoSeconds() {
        assertThat(List.of(1, 2, 3, 4, 5, 6, 50)).extracting(CallSender::pauseBefore).containsExactly(
                Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800), Duration.ofMillis(1600),
                Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
    }
}
