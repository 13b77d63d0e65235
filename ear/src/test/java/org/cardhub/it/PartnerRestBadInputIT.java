package org.cardhub.it;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.PartnerRestIT.API;
import static org.cardhub.it.PartnerRestIT.SCHOOL_CARD_SUFFIX;
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
 * Whatever a partner sends, a bad request is a 4xx problem with a code, never a 500, and writes
 * nothing: the card every top-up here aims at has the same balance after all of them.
 */
class PartnerRestBadInputIT {

    private static final int TEN_MEGABYTES = 10 * 1024 * 1024;

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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "not JSON                 | {\"account\": \"10000003\", \"amount\": |MALFORMED_BODY",
            "a JSON array             | [\"10000003\", \"1.00\"]                 |MALFORMED_BODY",
            "amount an object         | {\"account\":\"10000003\",\"amount\":{\"value\":1}} |MALFORMED_BODY",
            "account an array         | {\"account\":[\"10000003\"],\"amount\":\"1.00\"} |MALFORMED_BODY",
            "amount a JSON number     | {\"account\":\"10000003\",\"amount\":1.5} |MALFORMED_BODY",
            "account a JSON number    | {\"account\":10000003,\"amount\":\"1.00\"} |MALFORMED_BODY",
            "amount a boolean         | {\"account\":\"10000003\",\"amount\":true} |MALFORMED_BODY",
            "an unknown property      | {\"account\":\"10000003\",\"amount\":\"1.00\",\"currency\":\"USD\"} |MALFORMED_BODY",
            "no amount                | {\"account\":\"10000003\"}               |VALIDATION_FAILED",
            "amount null              | {\"account\":\"10000003\",\"amount\":null} |VALIDATION_FAILED",
            "no payee                 | {\"amount\":\"1.00\"}                    |PAYEE_REQUIRED",
            "both payees              | {\"account\":\"10000003\",\"contract\":\"S-00000001\",\"amount\":\"1.00\"} |PAYEE_REQUIRED",
            "a malformed account      | {\"account\":\"abc\",\"amount\":\"1.00\"} |ACCOUNT_FORMAT",
            "a card number failing Luhn | {\"account\":\"7005990000000086\",\"amount\":\"1.00\"} |ACCOUNT_FORMAT",
            "a malformed contract     | {\"contract\":\"S1\",\"amount\":\"1.00\"} |VALIDATION_FAILED",
            "a negative amount        | {\"account\":\"10000003\",\"amount\":\"-1.00\"} |VALIDATION_FAILED",
            "an over-precise amount   | {\"account\":\"10000003\",\"amount\":\"1.001\"} |AMOUNT_SCALE",
            "an exponent              | {\"account\":\"10000003\",\"amount\":\"1e30\"} |VALIDATION_FAILED",
            "an empty amount          | {\"account\":\"10000003\",\"amount\":\"\"} |VALIDATION_FAILED",
            "an amount with a comma   | {\"account\":\"10000003\",\"amount\":\"1,00\"} |VALIDATION_FAILED",
            "an empty object          | {}                                       |VALIDATION_FAILED",
            "JSON null                | null                                     |VALIDATION_FAILED",
    })
    void aMalformedTopUpIsABadRequest(String what, String body, String code) {
        assertProblem(topUp(agentDemo, UUID.randomUUID().toString(), body), 400, code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "zero              | 0                 | AMOUNT_NOT_POSITIVE",
            "zero with cents   | 0.00              | AMOUNT_NOT_POSITIVE",
            "seventeen nines   | 99999999999999999 | AMOUNT_TOO_LARGE",
            "over a trillion   | 1000000000001.00  | AMOUNT_TOO_LARGE",
    })
    void anAmountTheRulesRefuseIsUnprocessable(String what, String amount, String code) {
        assertProblem(topUp(agentDemo, UUID.randomUUID().toString(),
                "{\"account\":\"10000003\",\"amount\":\"" + amount + "\"}"), 422, code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"account\":\"10009999\",\"amount\":\"1.00\"}", "{\"account\":\"7005990099999999\",\"amount\":\"1.00\"}",
            "{\"account\":\"+79990000000\",\"amount\":\"1.00\"}", "{\"contract\":\"Z-99999999\",\"amount\":\"1.00\"}"})
    void anUnknownAccountIsNotFoundAmongThoseThePartnerServes(String body) {
        assertProblem(topUp(agentDemo, UUID.randomUUID().toString(), body), 422, "ACCOUNT_NOT_FOUND");
    }

    @Test
    void aDeeplyNestedBodyIsABadRequestNotAStackOverflow() {
        String nested = "[".repeat(30_000) + "]".repeat(30_000);

        assertProblem(topUp(agentDemo, UUID.randomUUID().toString(), "{\"account\":" + nested + ",\"amount\":\"1.00\"}"),
                400, "MALFORMED_BODY");
        assertProblem(topUp(agentDemo, UUID.randomUUID().toString(), nested), 400, "MALFORMED_BODY");
    }

    @Test
    void anEmptyBodyIsABadRequest() {
        assertProblem(topUp(agentDemo, UUID.randomUUID().toString(), ""), 400, "BODY_REQUIRED");
    }

    @Test
    void aTenMegabyteBodyIsRefusedAsTooLarge() {
        var response = exchange(HttpRequest.newBuilder(URI.create(API + "/top-ups")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + agentDemo).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofByteArray(tenMegabytesOfJson())).build());

        assertProblem(response, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aTenMegabyteChunkedBodyWithoutALengthIsRefusedAsTooLarge() {
        var response = exchange(HttpRequest.newBuilder(URI.create(API + "/top-ups")).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + agentDemo).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(tenMegabytesOfJson()))).build());

        assertProblem(response, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aSmallChunkedBodyIsReadAsUsual() {
        byte[] body = "{\"account\":\"10000003\",\"amount\":\"0\"}".getBytes();
        var response = exchange(HttpRequest.newBuilder(URI.create(API + "/top-ups")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + agentDemo).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build());

        assertProblem(response, 422, "AMOUNT_NOT_POSITIVE");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a cursor it never gave     | cursor=bm90LWEtY3Vyc29y               | CURSOR_INVALID",
            "a cursor that is no base64 | cursor=%25%25%25                      | CURSOR_INVALID",
            "from after to              | from=2025-02-01T00:00:00Z&to=2025-01-01T00:00:00Z | RANGE_INVALID",
            "from equal to to           | from=2025-01-01T00:00:00Z&to=2025-01-01T00:00:00Z | RANGE_INVALID",
            "limit zero                 | limit=0                               | RANGE_INVALID",
            "limit over the maximum     | limit=501                             | RANGE_INVALID",
            "limit not a number         | limit=ten                             | PARAMETER_INVALID",
            "limit beyond int           | limit=99999999999                     | PARAMETER_INVALID",
            "from not an instant        | from=yesterday                        | PARAMETER_INVALID",
            "to without a zone          | to=2025-01-01T00:00:00                | PARAMETER_INVALID",
            "from a million years ago   | from=-1000000-01-01T00:00:00Z         | PARAMETER_INVALID",
            "to in the year 10000       | to=%2B10000-01-01T00:00:00Z           | PARAMETER_INVALID",
    })
    void aFeedQueryItCannotAnswerIsABadRequest(String what, String query, String code) {
        assertProblem(get(API + "/contracts/S-00000001/transactions?" + query, agentDemo), 400, code);
        assertProblem(get(API + "/cards/" + schoolCard + "/transactions?" + query, agentDemo), 400, code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"offset=-1", "limit=0", "limit=501"})
    void aPageOutOfRangeIsABadRequest(String query) {
        assertProblem(get(API + "/contracts?" + query, agentDemo), 400, "RANGE_INVALID");
        assertProblem(get(API + "/contracts/S-00000001/cards?" + query, agentDemo), 400, "RANGE_INVALID");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-1", "1.5", "99999999999999999999", "%20"})
    void aCardIdThatIsNoNumberNamesNoCard(String id) {
        assertProblem(get(API + "/cards/" + id, agentDemo), 404, "NOT_FOUND");
        assertProblem(get(API + "/cards/" + id + "/transactions", agentDemo), 404, "NOT_FOUND");
    }

    @Test
    void aCardIdOfNoCardIsNotFound() {
        assertProblem(get(API + "/cards/999999999", agentDemo), 404, "NOT_FOUND");
    }

    @Test
    void anUnknownContractIsNotFound() {
        assertProblem(get(API + "/contracts/X-00000000", agentDemo), 404, "NOT_FOUND");
    }

    @Test
    void anUnknownPathIsNotFound() {
        assertProblem(get(API + "/nothing-here", agentDemo), 404, "NOT_FOUND");
    }

    @Test
    void aBlockWithoutAValidReasonIsABadRequest() {
        String fleet = clientToken("fleet-system", "fleet-system-secret");
        long card = cardId(fleet, "F-00000001", "0036");

        var unknown = postJson(API + "/cards/" + card + "/block", "{\"reason\":\"BORED\"}", fleet);
        var missing = postJson(API + "/cards/" + card + "/block", "{}", fleet);

        assertThat(assertProblem(unknown, 400, "VALIDATION_FAILED").getJsonArray("violations").getJsonObject(0).getString("field"))
                .isEqualTo("reason");
        assertProblem(missing, 400, "VALIDATION_FAILED");
        assertProblem(postJson(API + "/cards/" + card + "/block", "", fleet), 400, "BODY_REQUIRED");
        assertThat(json(get(API + "/cards/" + card, fleet).body()).getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    void theViolationsNameTheFields() {
        var problem = assertProblem(topUp(agentDemo, UUID.randomUUID().toString(), "{\"amount\":\"-5\",\"contract\":\"bad\"}"),
                400, "VALIDATION_FAILED");

        assertThat(problem.getJsonArray("violations").getValuesAs(jakarta.json.JsonObject.class))
                .extracting(violation -> violation.getString("field")).containsExactly("amount", "contract");
    }

    @Test
    void aMethodThePathDoesNotTakeIsNotAllowed() {
        var response = exchange(HttpRequest.newBuilder(URI.create(API + "/top-ups"))
                .header("Authorization", "Bearer " + agentDemo).DELETE().build());

        assertProblem(response, 405, "METHOD_NOT_ALLOWED");
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("POST"));
    }

    @Test
    void aBodyThatIsNotJsonByItsTypeIsUnsupported() {
        var response = exchange(HttpRequest.newBuilder(URI.create(API + "/top-ups"))
                .header("Authorization", "Bearer " + agentDemo).header("Content-Type", "text/plain")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("account=10000003&amount=1.00")).build());

        assertProblem(response, 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void anAnswerInAnotherFormatIsNotAcceptable() {
        var response = exchange(HttpRequest.newBuilder(URI.create(API + "/contracts"))
                .header("Authorization", "Bearer " + agentDemo).header("Accept", "application/xml").GET().build());

        assertProblem(response, 406, "NOT_ACCEPTABLE");
    }

    private static byte[] tenMegabytesOfJson() {
        byte[] body = new byte[TEN_MEGABYTES];
        java.util.Arrays.fill(body, (byte) ' ');
        byte[] start = "{\"account\":\"10000003\",\"amount\":\"1.00\",\"pad\":\"".getBytes();
        System.arraycopy(start, 0, body, 0, start.length);
        body[body.length - 2] = '"';
        body[body.length - 1] = '}';
        return body;
    }
}
