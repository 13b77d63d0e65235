package org.cardhub.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.clientToken;
import static org.cardhub.it.RunningCardhub.get;
import static org.cardhub.it.RunningCardhub.json;
import static org.cardhub.it.RunningCardhub.post;
import static org.cardhub.it.RunningCardhub.postJson;
import static org.cardhub.it.RunningCardhub.userToken;

/**
 * The partner REST API against the running system: every resource's happy path, and that each partner
 * sees only what it serves (the rest is 404, as if it did not exist), with the right role for writes.
 */
class PartnerRestIT {

    static final String API = APP + "/api/v1";
    /** Смирнов Алексей's card (school contract number 10000003), the card the top-up tests credit. */
    static final String SCHOOL_CARD_SUFFIX = "0085";
    static final String SCHOOL_NUMBER = "10000003";

    private static String agentDemo;
    private static String fleetSystem;
    private static String agentOther;
    private static long schoolCard;
    private static long fuelCard;

    @BeforeAll
    static void tokensAndCards() {
        agentDemo = clientToken("agent-demo", "agent-demo-secret");
        fleetSystem = clientToken("fleet-system", "fleet-system-secret");
        agentOther = clientToken("agent-other", "agent-other-secret");
        schoolCard = cardId(agentDemo, "S-00000001", SCHOOL_CARD_SUFFIX);
        fuelCard = cardId(fleetSystem, "F-00000001", "0051");
    }

    @Test
    void aPaymentAgentListsTheSchoolContractsAndWalletsItServesWithBalances() {
        var response = get(API + "/contracts", agentDemo);

        assertThat(response.statusCode()).isEqualTo(200);
        var page = json(response.body());
        List<String> numbers = new ArrayList<>();
        for (int offset = 0; ; offset += 50) {
            var contracts = json(get(API + "/contracts?offset=" + offset, agentDemo).body()).getJsonArray("contracts");
            contracts.getValuesAs(JsonObject.class).forEach(contract -> numbers.add(contract.getString("number")));
            if (contracts.size() < 50) {
                break;
            }
        }
        // the tests' own schools come before the demo wallet by number: the pages are read to the end
        assertThat(numbers).contains("S-00000001", "W-00000001").doesNotContain("F-00000001");
        assertThat(page.getInt("offset")).isZero();
        assertThat(page.getInt("limit")).isEqualTo(50);
        assertThat(page.getJsonArray("contracts").getJsonObject(0).getJsonArray("balances")).isNotNull();
    }

    @Test
    void aContractPageHoldsAtMostTheLimitFromTheOffset() {
        var all = json(get(API + "/contracts", agentDemo).body()).getJsonArray("contracts");
        var second = json(get(API + "/contracts?offset=1&limit=1", agentDemo).body()).getJsonArray("contracts");

        assertThat(second).hasSize(1);
        assertThat(second.getJsonObject(0).getString("number")).isEqualTo(all.getJsonObject(1).getString("number"));
    }

    @Test
    void aFleetSystemSeesItsFuelContractWithTheContractAccounts() {
        var response = get(API + "/contracts/F-00000001", fleetSystem);

        assertThat(response.statusCode()).isEqualTo(200);
        var contract = json(response.body());
        assertThat(contract.getString("number")).isEqualTo("F-00000001");
        assertThat(contract.getString("kind")).isEqualTo("FUEL");
        assertThat(contract.getString("balanceModel")).isEqualTo("POOLED");
        assertThat(contract.getJsonArray("balances").getValuesAs(JsonObject.class))
                .extracting(balance -> balance.getString("currency")).contains("RUB", "LITRE");
    }

    @Test
    void contractCardsShowOnlyMaskedNumbers() {
        var response = get(API + "/contracts/F-00000001/cards", fleetSystem);

        assertThat(response.statusCode()).isEqualTo(200);
        var cards = json(response.body()).getJsonArray("cards").getValuesAs(JsonObject.class);
        assertThat(cards).hasSize(5);
        assertThat(cards).allSatisfy(card -> assertThat(card.getString("maskedNumber")).matches("700599\\*{6}\\d{4}"));
        assertThat(response.body()).doesNotContain("7005990000000010").doesNotContain("7005990000000051");
    }

    @Test
    void aCardShowsItsStatusBalancesAndLimits() {
        var response = get(API + "/cards/" + fuelCard, fleetSystem);

        assertThat(response.statusCode()).isEqualTo(200);
        var card = json(response.body());
        assertThat(card.getJsonNumber("id").longValue()).isEqualTo(fuelCard);
        assertThat(card.getString("contractNumber")).isEqualTo("F-00000001");
        assertThat(card.getString("status")).isEqualTo("ACTIVE");
        assertThat(card.getString("maskedNumber")).endsWith("0051");
        assertThat(card.getJsonArray("balances")).isNotEmpty();
        assertThat(card.getJsonArray("limits").getValuesAs(JsonObject.class))
                .extracting(limit -> limit.getString("measure")).contains("MONEY", "VOLUME");
    }

    @Test
    void aFleetSystemBlocksACardTemporarilyAndUnblocksIt() {
        try {
            var blocked = postJson(API + "/cards/" + fuelCard + "/block", "{\"reason\":\"TEMPORARY\"}", fleetSystem);

            assertThat(blocked.statusCode()).isEqualTo(200);
            assertThat(json(blocked.body()).getString("status")).isEqualTo("BLOCKED");
            assertThat(json(blocked.body()).getString("blockReason")).isEqualTo("TEMPORARY");
            assertThat(json(get(API + "/cards/" + fuelCard, fleetSystem).body()).getString("status")).isEqualTo("BLOCKED");
        } finally {
            var unblocked = post(API + "/cards/" + fuelCard + "/unblock", "application/json", "", fleetSystem);

            assertThat(unblocked.statusCode()).isEqualTo(200);
            assertThat(json(unblocked.body()).getString("status")).isEqualTo("ACTIVE");
        }
    }

    @Test
    void blockingABlockedCardAgainIsRefusedByTheCardsRules() {
        try {
            postJson(API + "/cards/" + fuelCard + "/block", "{\"reason\":\"TEMPORARY\"}", fleetSystem);

            assertProblem(postJson(API + "/cards/" + fuelCard + "/block", "{\"reason\":\"TEMPORARY\"}", fleetSystem),
                    422, "STATUS_TRANSITION");
        } finally {
            post(API + "/cards/" + fuelCard + "/unblock", "application/json", "", fleetSystem);
        }
    }

    @Test
    void aTopUpBySchoolContractNumberCreditsThePupilsCard() {
        BigDecimal before = mainBalance(agentDemo, schoolCard);

        var response = topUp(agentDemo, UUID.randomUUID().toString(), "{\"account\":\"" + SCHOOL_NUMBER + "\",\"amount\":\"1.25\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        var result = json(response.body());
        assertThat(result.getJsonNumber("id").longValue()).isPositive();
        assertThat(result.getString("status")).isEqualTo("APPROVED");
        assertThat(result.getString("amount")).isEqualTo("1.25");
        assertThat(result.getString("account")).isEqualTo(SCHOOL_NUMBER);
        assertThat(mainBalance(agentDemo, schoolCard)).isEqualByComparingTo(before.add(new BigDecimal("1.25")));
    }

    @Test
    void aTopUpByCardNumberAnswersWithTheMaskedNumber() {
        var response = topUp(agentDemo, UUID.randomUUID().toString(), "{\"account\":\"7005990000000085\",\"amount\":\"1.00\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json(response.body()).getString("account")).isEqualTo("700599******0085");
        assertThat(response.body()).doesNotContain("7005990000000085");
    }

    @Test
    void aFleetSystemTopsUpItsContractByNumber() {
        var response = topUp(fleetSystem, UUID.randomUUID().toString(), "{\"contract\":\"F-00000001\",\"amount\":\"1.00\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json(response.body()).getString("account")).isEqualTo("F-00000001");
    }

    @Test
    void aPaymentAgentTopsUpAWalletByItsHoldersPhone() {
        var response = topUp(agentOther, UUID.randomUUID().toString(), "{\"account\":\"+79001234567\",\"amount\":\"1.00\"}");

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(json(response.body()).getString("account")).isEqualTo("+79001234567");
    }

    @Test
    void aTopUpOverTheWalletsCapIsDeclinedWithTheReason() {
        var response = topUp(agentOther, UUID.randomUUID().toString(), "{\"account\":\"+79001234567\",\"amount\":\"15000.01\"}");

        assertProblem(response, 422, "WALLET_CAP");
    }

    @Test
    void aTopUpAppearsInTheContractsAndTheCardsFeed() {
        long entry = json(topUp(agentDemo, UUID.randomUUID().toString(),
                "{\"account\":\"" + SCHOOL_NUMBER + "\",\"amount\":\"1.07\"}").body()).getJsonNumber("id").longValue();

        for (String feed : List.of("/contracts/S-00000001/transactions?limit=500", "/cards/" + schoolCard + "/transactions?limit=500")) {
            var response = get(API + feed, agentDemo);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(json(response.body()).getJsonArray("entries").getValuesAs(JsonObject.class))
                    .filteredOn(e -> e.getJsonNumber("id").longValue() == entry).singleElement().satisfies(e -> {
                        assertThat(e.getString("kind")).isEqualTo("TOP_UP");
                        assertThat(e.getString("amount")).isEqualTo("1.07");
                        assertThat(e.getString("bookedAt")).isNotBlank();
                    });
        }
    }

    @Test
    void feedPagesFollowTheCursorWithoutOverlapAndLinkTheNextPage() {
        for (int i = 0; i < 3; i++) {
            topUp(agentDemo, UUID.randomUUID().toString(), "{\"account\":\"" + SCHOOL_NUMBER + "\",\"amount\":\"1.00\"}");
        }
        String url = API + "/cards/" + schoolCard + "/transactions?limit=2";

        var first = get(url, agentDemo);
        String cursor = json(first.body()).getString("nextCursor");
        var second = get(url + "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8), agentDemo);

        assertThat(first.headers().firstValue("Link")).hasValueSatisfying(link -> assertThat(link)
                .contains("rel=\"next\"").contains("cursor=" + cursor).contains("limit=2"));
        Set<Long> firstIds = ids(first);
        Set<Long> secondIds = ids(second);
        assertThat(firstIds).hasSize(2);
        assertThat(secondIds).hasSize(2).doesNotContainAnyElementsOf(firstIds);
        assertThat(secondIds.stream().mapToLong(Long::longValue).max().orElseThrow())
                .isLessThan(firstIds.stream().mapToLong(Long::longValue).min().orElseThrow());
    }

    @Test
    void theTimeWindowOfAFeedKeepsOutWhatWasBookedOutsideIt() throws InterruptedException {
        Instant before = Instant.now().minusSeconds(1);
        long entry = json(topUp(agentDemo, UUID.randomUUID().toString(),
                "{\"account\":\"" + SCHOOL_NUMBER + "\",\"amount\":\"1.00\"}").body()).getJsonNumber("id").longValue();
        String feed = API + "/contracts/S-00000001/transactions?limit=500";

        var since = get(feed + "&from=" + before, agentDemo);
        var until = get(feed + "&to=" + before, agentDemo);

        assertThat(ids(since)).contains(entry);
        assertThat(ids(until)).doesNotContain(entry).isNotEmpty();
        assertThat(json(since.body()).getJsonArray("entries").getValuesAs(JsonObject.class))
                .allSatisfy(e -> assertThat(Instant.parse(e.getString("bookedAt"))).isAfterOrEqualTo(before));
    }

    @Test
    void aFleetSystemDoesNotSeeTheSchoolContractItsCardsOrItsMovements() {
        for (String path : List.of("/contracts/S-00000001", "/contracts/S-00000001/cards",
                "/contracts/S-00000001/transactions", "/cards/" + schoolCard, "/cards/" + schoolCard + "/transactions")) {
            assertProblem(get(API + path, fleetSystem), 404, "NOT_FOUND");
        }
    }

    @Test
    void aFleetSystemCannotBlockOrTopUpWhatItDoesNotServe() {
        assertProblem(postJson(API + "/cards/" + schoolCard + "/block", "{\"reason\":\"TEMPORARY\"}", fleetSystem), 404, "NOT_FOUND");
        assertProblem(topUp(fleetSystem, UUID.randomUUID().toString(), "{\"contract\":\"S-00000001\",\"amount\":\"1.00\"}"),
                422, "ACCOUNT_NOT_FOUND");
    }

    @Test
    void aWalletOnlyAgentDoesNotSeeTheSchoolContractOrAFuelCard() {
        assertProblem(get(API + "/contracts/S-00000001", agentOther), 404, "NOT_FOUND");
        assertProblem(get(API + "/cards/" + fuelCard, agentOther), 404, "NOT_FOUND");
        assertProblem(topUp(agentOther, UUID.randomUUID().toString(), "{\"account\":\"" + SCHOOL_NUMBER + "\",\"amount\":\"1.00\"}"),
                422, "ACCOUNT_NOT_FOUND");
    }

    @Test
    void aPaymentAgentMayNotBlockOrUnblockCards() {
        assertProblem(postJson(API + "/cards/" + schoolCard + "/block", "{\"reason\":\"TEMPORARY\"}", agentDemo), 403, "FORBIDDEN");
        assertProblem(post(API + "/cards/" + schoolCard + "/unblock", "application/json", "", agentDemo), 403, "FORBIDDEN");
        assertThat(json(get(API + "/cards/" + schoolCard, agentDemo).body()).getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    void aPersonsTokenIsForbiddenAsAProblem() {
        assertProblem(get(API + "/contracts", userToken("parent", "Demo-pass-1")), 403, "FORBIDDEN");
    }

    @Test
    void noTokenIsUnauthorizedAsAProblemWithABearerChallenge() {
        var response = get(API + "/contracts", null);

        assertProblem(response, 401, "UNAUTHORIZED");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    // --- shared by the other PartnerRest*IT classes ---

    static HttpResponse<String> topUp(String token, String key, String body) {
        return postJson(API + "/top-ups", body, token, "Idempotency-Key", key);
    }

    static long cardId(String token, String contract, String maskedSuffix) {
        return json(get(API + "/contracts/" + contract + "/cards", token).body()).getJsonArray("cards")
                .getValuesAs(JsonObject.class).stream()
                .filter(card -> card.getString("maskedNumber").endsWith(maskedSuffix))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    /** The card's status as the partner API reports it (what terminals and partners see). */
    static String cardStatus(String token, long cardId) {
        return json(get(API + "/cards/" + cardId, token).body()).getString("status");
    }

    /** The card's own roubles (its MAIN purse). */
    static BigDecimal mainBalance(String token, long cardId) {
        var card = get(API + "/cards/" + cardId, token);
        assertThat(card.statusCode()).isEqualTo(200);
        return json(card.body()).getJsonArray("balances").getValuesAs(JsonObject.class).stream()
                .filter(balance -> balance.getString("purpose").equals("MAIN") && balance.getString("currency").equals("RUB"))
                .map(balance -> new BigDecimal(balance.getString("balance")))
                .findFirst().orElseThrow();
    }

    static Set<Long> ids(HttpResponse<String> feed) {
        assertThat(feed.statusCode()).as(feed.body()).isEqualTo(200);
        Set<Long> ids = new HashSet<>();
        for (JsonValue entry : json(feed.body()).getJsonArray("entries")) {
            ids.add(entry.asJsonObject().getJsonNumber("id").longValue());
        }
        return ids;
    }

    /** An RFC 9457 problem with the status, the code, and nothing of a stack trace. */
    static JsonObject assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        var problem = json(response.body());
        assertThat(problem.getInt("status")).isEqualTo(status);
        assertThat(problem.getString("code")).isEqualTo(code);
        assertThat(problem.getString("type")).isNotBlank();
        assertThat(problem.getString("title")).isNotBlank();
        assertThat(problem.getString("instance")).startsWith("/cardhub/");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.cardhub");
        return problem;
    }
}
