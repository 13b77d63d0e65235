package org.cardhub.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.PartnerRestIT.API;
import static org.cardhub.it.PartnerRestIT.SCHOOL_CARD_SUFFIX;
import static org.cardhub.it.PartnerRestIT.SCHOOL_NUMBER;
import static org.cardhub.it.PartnerRestIT.assertProblem;
import static org.cardhub.it.PartnerRestIT.cardId;
import static org.cardhub.it.PartnerRestIT.mainBalance;
import static org.cardhub.it.PartnerRestIT.topUp;
import static org.cardhub.it.RunningCardhub.clientToken;
import static org.cardhub.it.RunningCardhub.get;
import static org.cardhub.it.RunningCardhub.json;
import static org.cardhub.it.RunningCardhub.post;
import static org.cardhub.it.RunningCardhub.postJson;

/** Writes under an Idempotency-Key happen once, however often and however concurrently they are sent. */
class PartnerRestIdempotencyIT {

    private static String agentDemo;
    private static String fleetSystem;
    private static long schoolCard;

    @BeforeAll
    static void tokensAndCard() {
        agentDemo = clientToken("agent-demo", "agent-demo-secret");
        fleetSystem = clientToken("fleet-system", "fleet-system-secret");
        schoolCard = cardId(agentDemo, "S-00000001", SCHOOL_CARD_SUFFIX);
    }

    @Test
    void aRepeatedTopUpGetsTheFirstAnswerMarkedReplayedAndCreditsOnce() {
        String key = UUID.randomUUID().toString();
        String body = "{\"account\":\"" + SCHOOL_NUMBER + "\",\"amount\":\"2.00\"}";
        BigDecimal before = mainBalance(agentDemo, schoolCard);

        var first = topUp(agentDemo, key, body);
        var repeat = topUp(agentDemo, key, body);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotency-Replayed")).isEmpty();
        assertThat(repeat.statusCode()).isEqualTo(201);
        assertThat(repeat.headers().firstValue("Idempotency-Replayed")).hasValue("true");
        assertThat(repeat.body()).isEqualTo(first.body());
        assertThat(mainBalance(agentDemo, schoolCard)).isEqualByComparingTo(before.add(new BigDecimal("2.00")));
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndCreditsNothing() {
        String key = UUID.randomUUID().toString();
        topUp(agentDemo, key, "{\"account\":\"" + SCHOOL_NUMBER + "\",\"amount\":\"1.00\"}");
        BigDecimal before = mainBalance(agentDemo, schoolCard);

        var other = topUp(agentDemo, key, "{\"account\":\"" + SCHOOL_NUMBER + "\",\"amount\":\"3.00\"}");

        assertProblem(other, 422, "IDEMPOTENCY_KEY_REUSED");
        assertThat(mainBalance(agentDemo, schoolCard)).isEqualByComparingTo(before);
    }

    @Test
    void keysBelongToTheirPartnerSoAnotherPartnerMayUseTheSameOne() {
        String key = UUID.randomUUID().toString();

        var agent = topUp(agentDemo, key, "{\"account\":\"" + SCHOOL_NUMBER + "\",\"amount\":\"1.00\"}");
        var fleet = topUp(fleetSystem, key, "{\"contract\":\"F-00000001\",\"amount\":\"1.00\"}");

        assertThat(agent.statusCode()).isEqualTo(201);
        assertThat(fleet.statusCode()).isEqualTo(201);
        assertThat(fleet.headers().firstValue("Idempotency-Replayed")).isEmpty();
    }

    @Test
    void aRefusalIsKeptAndReplayedUnderItsKeyToo() {
        String key = UUID.randomUUID().toString();
        String overTheCap = "{\"account\":\"+79001234567\",\"amount\":\"15000.01\"}";

        var first = topUp(agentDemo, key, overTheCap);
        var repeat = topUp(agentDemo, key, overTheCap);

        assertProblem(first, 422, "WALLET_CAP");
        assertProblem(repeat, 422, "WALLET_CAP");
        assertThat(repeat.headers().firstValue("Idempotency-Replayed")).hasValue("true");
    }

    @Test
    void twentyConcurrentCopiesOfATopUpPostItExactlyOnce() throws Exception {
        String key = "concurrent-" + UUID.randomUUID();
        String body = "{\"account\":\"" + SCHOOL_NUMBER + "\",\"amount\":\"3.17\"}";
        BigDecimal before = mainBalance(agentDemo, schoolCard);
        long newestBefore = newestEntry();

        List<HttpResponse<String>> answers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> copies = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                copies.add(pool.submit(() -> {
                    start.await();
                    return topUp(agentDemo, key, body);
                }));
            }
            start.countDown();
            for (Future<HttpResponse<String>> copy : copies) {
                answers.add(copy.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).as(answer.body()).isIn(201, 409));
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 201)
                .extracting(answer -> json(answer.body()).getJsonNumber("id").longValue()).hasSizeGreaterThanOrEqualTo(1)
                .containsOnly(json(answers.stream().filter(a -> a.statusCode() == 201).findFirst().orElseThrow().body())
                        .getJsonNumber("id").longValue());
        assertThat(answers).filteredOn(answer -> answer.statusCode() == 409).allSatisfy(answer -> {
            assertProblem(answer, 409, "IDEMPOTENCY_IN_FLIGHT");
            assertThat(answer.headers().firstValue("Retry-After")).hasValue("1");
        });
        assertThat(mainBalance(agentDemo, schoolCard)).isEqualByComparingTo(before.add(new BigDecimal("3.17")));
        List<JsonObject> newTopUps = json(get(API + "/cards/" + schoolCard + "/transactions?limit=500", agentDemo).body())
                .getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(entry -> entry.getJsonNumber("id").longValue() > newestBefore)
                .filter(entry -> entry.getString("kind").equals("TOP_UP") && entry.getString("amount").equals("3.17"))
                .toList();
        assertThat(newTopUps).hasSize(1);
    }

    @Test
    void aRepeatedBlockUnderItsKeyIsReplayedNotRefusedAsAlreadyBlocked() {
        long card = cardId(fleetSystem, "F-00000001", "0044");
        String key = UUID.randomUUID().toString();
        try {
            var first = postJson(API + "/cards/" + card + "/block", "{\"reason\":\"TEMPORARY\"}", fleetSystem, "Idempotency-Key", key);
            var repeat = postJson(API + "/cards/" + card + "/block", "{\"reason\":\"TEMPORARY\"}", fleetSystem, "Idempotency-Key", key);

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(repeat.statusCode()).isEqualTo(200);
            assertThat(repeat.headers().firstValue("Idempotency-Replayed")).hasValue("true");
            assertThat(repeat.body()).isEqualTo(first.body());
        } finally {
            assertThat(post(API + "/cards/" + card + "/unblock", "application/json", "", fleetSystem).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aTopUpWithoutAnIdempotencyKeyIsRefused() {
        BigDecimal before = mainBalance(agentDemo, schoolCard);

        var response = postJson(API + "/top-ups", "{\"account\":\"" + SCHOOL_NUMBER + "\",\"amount\":\"1.00\"}", agentDemo);

        assertProblem(response, 400, "IDEMPOTENCY_KEY_REQUIRED");
        assertThat(mainBalance(agentDemo, schoolCard)).isEqualByComparingTo(before);
    }

    @Test
    void anIdempotencyKeyOverItsLengthIsRefused() {
        var response = topUp(agentDemo, "k".repeat(129), "{\"account\":\"" + SCHOOL_NUMBER + "\",\"amount\":\"1.00\"}");

        assertProblem(response, 400, "KEY_INVALID");
    }

    private static long newestEntry() {
        var entries = json(get(API + "/cards/" + schoolCard + "/transactions?limit=1", agentDemo).body()).getJsonArray("entries");
        return entries.isEmpty() ? 0 : entries.getJsonObject(0).getJsonNumber("id").longValue();
    }
}
