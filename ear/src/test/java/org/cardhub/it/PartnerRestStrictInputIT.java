package org.cardhub.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.PartnerRestIT.API;
import static org.cardhub.it.PartnerRestIT.SCHOOL_CARD_SUFFIX;
import static org.cardhub.it.PartnerRestIT.SCHOOL_NUMBER;
import static org.cardhub.it.PartnerRestIT.assertProblem;
import static org.cardhub.it.PartnerRestIT.cardId;
import static org.cardhub.it.PartnerRestIT.mainBalance;
import static org.cardhub.it.PartnerRestIT.topUp;
import static org.cardhub.it.RunningCardhub.clientToken;
import static org.cardhub.it.RunningCardhub.exchange;
import static org.cardhub.it.RunningCardhub.get;
import static org.cardhub.it.RunningCardhub.json;
import static org.cardhub.it.RunningCardhub.postJson;

/**
 * What the outside probe found on the REST API, refused: bodies JSON-B would half-read (a property given
 * twice, an array, a bare value), headers that say two things at once, links built from the caller's
 * Host, and answers that told an unknown account from one of another program. Nothing here credits the
 * school card the top-ups aim at.
 */
class PartnerRestStrictInputIT {

    /** A fuel card: it exists, but agent-demo (a payment agent for schools and wallets) does not serve it. */
    private static final String CARD_NOT_SERVED = "7005990000000010";
    private static final String CARD_UNKNOWN = "7005990099999999";

    private static String agentDemo;
    private static long schoolCard;
    private static BigDecimal balanceBefore;

    @BeforeAll
    static void tokenAndBalance() {
        agentDemo = clientToken("agent-demo", "agent-demo-secret");
        schoolCard = cardId(agentDemo, "S-00000001", SCHOOL_CARD_SUFFIX);
        balanceBefore = mainBalance(agentDemo, schoolCard);
    }

    @AfterAll
    static void nothingWasCredited() {
        assertThat(mainBalance(agentDemo, schoolCard)).isEqualByComparingTo(balanceBefore);
    }

    @Test
    void anAmountGivenTwiceIsRefusedNotTheLastOneCredited() {
        var problem = assertProblem(topUp(agentDemo, UUID.randomUUID().toString(),
                "{\"account\":\"" + SCHOOL_NUMBER + "\",\"amount\":\"1.00\",\"amount\":\"5000.00\"}"), 400, "MALFORMED_BODY");

        assertThat(problem.getString("detail")).contains("'amount'");
    }

    @Test
    void aPropertyGivenTwiceIsRefusedOnEveryOperation() {
        String fleet = clientToken("fleet-system", "fleet-system-secret");
        long card = cardId(fleet, "F-00000001", "0036");

        assertProblem(postJson(API + "/cards/" + card + "/block", "{\"reason\":\"TEMPORARY\",\"reason\":\"LOST\"}", fleet,
                "Idempotency-Key", UUID.randomUUID().toString()), 400, "MALFORMED_BODY");
        assertThat(json(get(API + "/cards/" + card, fleet).body()).getString("status")).isEqualTo("ACTIVE");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[{\"account\":\"10000003\",\"amount\":\"1.00\"},{\"account\":\"10000003\",\"amount\":\"2.00\"}]",
            "[{\"account\":\"10000003\",\"amount\":\"1.00\"},12,\"x\"]",
            "12", "\"x\"", "true"})
    void aBodyThatIsNoSingleObjectIsMalformedWithACleanMessage(String body) {
        var problem = assertProblem(topUp(agentDemo, UUID.randomUUID().toString(), body), 400, "MALFORMED_BODY");

        assertThat(problem.getString("detail")).contains("one JSON object").doesNotContain("Exception")
                .doesNotContain("java.");
    }

    @Test
    void anIdempotencyKeySentTwiceIsRefused() {
        RawHttp.Answer answer = topUpRaw("Idempotency-Key: " + UUID.randomUUID() + "\r\nIdempotency-Key: " + UUID.randomUUID()
                + "\r\n", "application/json", "{\"account\":\"" + SCHOOL_NUMBER + "\",\"amount\":\"1.00\"}");

        assertRawProblem(answer, 400, "HEADER_REPEATED");
    }

    /** Payara's HTTP layer refuses a header with bytes beyond ASCII itself, before the application sees it. */
    @Test
    void anIdempotencyKeyBeyondAsciiIsRefusedAndCreditsNothing() {
        RawHttp.Answer answer = topUpRaw("Idempotency-Key: ключ-" + UUID.randomUUID() + "\r\n", "application/json",
                "{\"account\":\"" + SCHOOL_NUMBER + "\",\"amount\":\"1.00\"}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aBodyInAnotherCharsetThanUtf8IsUnsupported() {
        var response = exchange(HttpRequest.newBuilder(URI.create(API + "/top-ups")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + agentDemo).header("Content-Type", "application/json; charset=ISO-8859-1")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"account\":\"" + SCHOOL_NUMBER + "\",\"amount\":\"1.00\"}",
                        StandardCharsets.ISO_8859_1)).build());

        assertThat(assertProblem(response, 415, "UNSUPPORTED_MEDIA_TYPE").getString("detail")).contains("UTF-8");
    }

    /**
     * Payara's HTTP layer frames a body that gives its length both ways by Transfer-Encoding alone and drops the
     * Content-Length (RFC 9112, 6.3), so the application never sees both: a short Content-Length cannot cut off a
     * second, smuggled request. The application's own refusal of both (HeaderRules) stands behind any layer that
     * would pass them on.
     */
    @Test
    void aLengthGivenBothWaysIsFramedByTransferEncodingAloneSoNothingIsSmuggled() {
        // an amount of zero: read whole it is refused by the rules (422), cut after 3 bytes it would be malformed (400)
        String chunked = "{\"account\":\"" + SCHOOL_NUMBER + "\",\"amount\":\"0\"}";
        String body = Integer.toHexString(chunked.length()) + "\r\n" + chunked + "\r\n0\r\n\r\n";
        RawHttp.Answer answer = RawHttp.send("POST /cardhub/api/v1/top-ups HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + agentDemo + "\r\nContent-Type: application/json\r\n"
                + "Idempotency-Key: " + UUID.randomUUID() + "\r\nContent-Length: 3\r\n"
                + "Transfer-Encoding: chunked\r\n", body.getBytes(StandardCharsets.US_ASCII));

        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
    }

    @Test
    void aRefusalByTheRulesIsUnprocessableContent() {
        RawHttp.Answer answer = topUpRaw("Idempotency-Key: " + UUID.randomUUID() + "\r\n", "application/json",
                "{\"account\":\"" + SCHOOL_NUMBER + "\",\"amount\":\"0\"}");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void theNextPageLinkIgnoresTheHostTheCallerNamed() {
        String fleet = clientToken("fleet-system", "fleet-system-secret");
        for (int i = 0; i < 2; i++) {
            topUp(fleet, UUID.randomUUID().toString(), "{\"contract\":\"F-00000001\",\"amount\":\"1.00\"}");
        }
        RawHttp.Answer answer = RawHttp.send("GET /cardhub/api/v1/contracts/F-00000001/transactions?limit=1 HTTP/1.1\r\n"
                + "Host: evil.example\r\nAuthorization: Bearer " + fleet + "\r\n", new byte[0]);

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.header("Link")).startsWith("</cardhub/api/v1/contracts/F-00000001/transactions?limit=1&cursor=")
                .doesNotContain("evil.example");
    }

    @Test
    void anUnknownCardAndACardOfAnotherProgramAreAnsweredAlikeAlsoOnARepeatedKey() {
        JsonObject unknown = refusedTwiceUnderOneKey(CARD_UNKNOWN);
        JsonObject notServed = refusedTwiceUnderOneKey(CARD_NOT_SERVED);

        assertThat(unknown.keySet()).isEqualTo(notServed.keySet());
        assertThat(unknown.getString("title")).isEqualTo(notServed.getString("title"));
    }

    @Test
    void aStopListVersionThatIsNoNumberNeedsATerminalFirstAndTheRefusalSaysHowTerminalsSign() {
        var problem = assertProblem(get(API + "/terminal/stop-list?since=abc", null), 401, "UNAUTHORIZED");

        assertThat(problem.getString("detail")).contains("Authorization: Terminal").doesNotContainIgnoringCase("bearer");
    }

    /** The same key with the account and first one, then another amount: both 422 ACCOUNT_NOT_FOUND, never a key reuse. */
    private static JsonObject refusedTwiceUnderOneKey(String account) {
        String key = UUID.randomUUID().toString();
        assertProblem(topUp(agentDemo, key, "{\"account\":\"" + account + "\",\"amount\":\"1.00\"}"), 422, "ACCOUNT_NOT_FOUND");
        return assertProblem(topUp(agentDemo, key, "{\"account\":\"" + account + "\",\"amount\":\"2.00\"}"), 422,
                "ACCOUNT_NOT_FOUND");
    }

    private static RawHttp.Answer topUpRaw(String extraHeaders, String contentType, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return RawHttp.send("POST /cardhub/api/v1/top-ups HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + agentDemo
                + "\r\nContent-Type: " + contentType + "\r\nContent-Length: " + bytes.length + "\r\n" + extraHeaders, bytes);
    }

    private static void assertRawProblem(RawHttp.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(json(answer.body()).getString("code")).isEqualTo(code);
    }
}
