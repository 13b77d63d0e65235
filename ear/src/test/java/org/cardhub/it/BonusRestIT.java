package org.cardhub.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.clientToken;
import static org.cardhub.it.RunningCardhub.get;
import static org.cardhub.it.RunningCardhub.json;
import static org.cardhub.it.RunningCardhub.postJson;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * The bonus programme's till API against the running system, as the demo till client bonus-pos calls it with the demo
 * wallet's bonus card 2990000000019: a check earns pending points once per purchase id (a repeat is replayed, another
 * check under the id refused), a return takes them back once; bad input is a problem with its code and writes nothing;
 * the till's role and the other partners' stay apart.
 */
class BonusRestIT {

    static final String CHECKS = APP + "/api/v1/bonus/checks";
    /** The demo wallet W-00000001's bonus card (server-config/demo/R__demo_wallet_bonus.sql). */
    static final String DEMO_CARD = "2990000000019";
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static String till;
    private static String agent;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void tokens() {
        till = clientToken("bonus-pos", "bonus-pos-secret");
        agent = clientToken("agent-demo", "agent-demo-secret");
    }

    @Test
    void aCheckEarnsPendingPointsOnceAndItsReturnTakesThemBackOnce() {
        String id = "rest-" + run + "-1";
        String body = check(id, DEMO_CARD, null, line("Обувь", "1000.00"), line("Гигиена", "90.00"));

        HttpResponse<String> first = postJson(CHECKS, body, till);
        HttpResponse<String> again = postJson(CHECKS, body, till);
        HttpResponse<String> other = postJson(CHECKS, check(id, DEMO_CARD, null, line("Обувь", "1.00")), till);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        JsonObject recorded = json(first.body());
        assertThat(recorded.getString("earned")).isEqualTo("100.00");
        assertThat(recorded.getString("spent")).isEqualTo("0.00");
        LocalDate bookedOn = LocalDate.parse(recorded.getString("bookedOn"));
        assertThat(recorded.getString("spendableFrom")).isEqualTo(bookedOn.plusDays(3).toString());
        assertThat(recorded.getString("expiresOn")).isEqualTo(bookedOn.plusMonths(3).toString());
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("Idempotency-Replayed")).hasValue("true");
        assertThat(json(again.body())).isEqualTo(recorded);
        assertProblem(other, 422, "PURCHASE_ID_REUSED");

        HttpResponse<String> returned = postJson(CHECKS + "/" + id + "/return", "", till);
        HttpResponse<String> returnedAgain = postJson(CHECKS + "/" + id + "/return", "", till);

        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        assertThat(json(returned.body()).getString("takenBack")).isEqualTo("100.00");
        assertThat(returnedAgain.statusCode()).isEqualTo(200);
        assertThat(returnedAgain.headers().firstValue("Idempotency-Replayed")).hasValue("true");
        assertProblem(postJson(CHECKS + "/rest-" + run + "-unknown/return", "", till), 404, "NOT_FOUND");
    }

    @Test
    void badInputIsAProblemWithItsCodeAndWritesNothing() {
        String id = "rest-" + run + "-2";
        assertProblem(postJson(CHECKS, check(id, "2990000000018", null, line("Обувь", "10.00")), till), 400,
                "BARCODE_INVALID");
        assertProblem(postJson(CHECKS, check(id, DEMO_CARD, null, line("Обувь", "10.00"))
                .replaceFirst("\"purchasedAt\":\"[^\"]+\"", "\"purchasedAt\":\"07.12.2026 12:00\""), till), 400,
                "PURCHASED_AT_FORMAT");
        assertProblem(postJson(CHECKS, check(id, DEMO_CARD, null), till), 400, "VALIDATION_FAILED");
        assertProblem(postJson(CHECKS, check(id, DEMO_CARD, null, line("Обувь", "10,00")), till), 400,
                "VALIDATION_FAILED");
        assertProblem(postJson(CHECKS, check(id, DEMO_CARD, null, line("Обувь", "0")), till), 422,
                "AMOUNT_NOT_POSITIVE");
        assertProblem(postJson(CHECKS, check("bad id", DEMO_CARD, null, line("Обувь", "10.00")), till), 400,
                "VALIDATION_FAILED");
        assertProblem(postJson(CHECKS, check(id, "4006381333931", null, line("Обувь", "10.00")), till), 422,
                "CARD_UNKNOWN");
        assertProblem(postJson(CHECKS, check(id, DEMO_CARD, "3.01", line("Обувь", "10.00")), till), 422,
                "OVER_MAX_SHARE");
        assertProblem(postJson(CHECKS, check(id, DEMO_CARD, null, line("Обувь", "10.00"))
                .replace("}]", "}],\"extra\":1"), till), 400, "MALFORMED_BODY");

        HttpResponse<String> valid = postJson(CHECKS, check(id, DEMO_CARD, null, line("Обувь", "10.00")), till);
        assertThat(valid.statusCode()).as("nothing was written under the id before: " + valid.body()).isEqualTo(201);
        assertThat(valid.headers().firstValue("Idempotency-Replayed")).isEmpty();
    }

    @Test
    void theTillsAndTheOtherPartnersReachOnlyTheirOwnResources() {
        assertProblem(postJson(CHECKS, check("rest-" + run + "-3", DEMO_CARD, null, line("Обувь", "10.00")), agent),
                403, "FORBIDDEN");
        assertThat(get(APP + "/api/v1/contracts", till).statusCode()).isEqualTo(403);
        assertThat(postJson(CHECKS, check("rest-" + run + "-3", DEMO_CARD, null, line("Обувь", "10.00")), null)
                .statusCode()).isEqualTo(401);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(json(response.body()).getString("code")).isEqualTo(code);
    }

    private static String check(String id, String card, String points, String... lines) {
        String at = OffsetDateTime.now(MOSCOW).minusSeconds(5).truncatedTo(ChronoUnit.SECONDS).toString();
        return "{\"purchaseId\":\"" + id + "\",\"card\":\"" + card + "\",\"purchasedAt\":\"" + at + "\",\"lines\":["
                + String.join(",", lines) + "]" + (points == null ? "" : ",\"pointsToSpend\":\"" + points + "\"") + "}";
    }

    private static String line(String category, String amount) {
        return "{\"category\":\"" + category + "\",\"amount\":\"" + amount + "\"}";
    }
}
