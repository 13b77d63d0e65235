package org.cardhub.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.cardhub.it.WebhookReceiver.Answer;
import org.cardhub.it.WebhookReceiver.Received;
import org.cardhub.webhooks.entity.WebhookSignature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.it.PartnerRestIT.API;
import static org.cardhub.it.PartnerRestIT.assertProblem;
import static org.cardhub.it.RunningCardhub.APP;
import static org.cardhub.it.RunningCardhub.clientToken;
import static org.cardhub.it.RunningCardhub.exchange;
import static org.cardhub.it.RunningCardhub.get;
import static org.cardhub.it.RunningCardhub.json;
import static org.cardhub.it.RunningCardhub.post;
import static org.cardhub.it.RunningCardhub.postJson;

/**
 * Partner webhooks end to end (docs/webhooks.md): a fleet system registers endpoints on a receiver in this JVM, blocks
 * and tops up what it serves, and gets the events signed, retried with growing delays until a 2xx, or given up after
 * the last attempt and re-driven from the back office's page. Needs the launcher's test settings
 * (CARDHUB_TEST_CLIENTS=true: local http allowed, 1 s doubling back-off, 4 attempts, 2 s timeouts) and the demo
 * partners fleet-system (fuel contract F-00000001, card …0051) and agent-other (wallets only).
 */
class WebhookDeliveryIT {

    private static String fleet;
    private static String other;
    private static long fuelCard;
    private static WebhookReceiver receiver;
    /** Endpoint id → the token of the partner that owns it, removed after the tests. */
    private static final Map<Long, String> registered = new HashMap<>();

    @BeforeAll
    static void partnersAndReceiver() throws Exception {
        fleet = clientToken("fleet-system", "fleet-system-secret");
        other = clientToken("agent-other", "agent-other-secret");
        fuelCard = PartnerRestIT.cardId(fleet, "F-00000001", "0051");
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void removeEndpoints() {
        registered.forEach((id, token) -> delete(id, token));
        if (receiver != null) {
            receiver.close();
        }
    }

    @Test
    void retriesComeLaterEachTimeUntilDeliveredOnceAndAnEndpointThatAlwaysFailsDiesUntilTheBackOfficeRedrivesIt()
            throws Exception {
        // first a 500, then a hang past Cardhub's 2 s timeout, then a slow but good answer
        receiver.script("/flaky", attempt -> switch (attempt) {
            case 1 -> Answer.now(500);
            case 2 -> new Answer(200, 3_000);
            default -> new Answer(204, 500);
        });
        boolean[] healed = {false};
        receiver.script("/broken", attempt -> Answer.now(healed[0] ? 200 : 500));
        JsonObject flaky = register(fleet, receiver.url("/flaky"), "card.blocked");
        JsonObject broken = register(fleet, receiver.url("/broken"), "card.blocked");

        try {
            var blocked = postJson(API + "/cards/" + fuelCard + "/block", "{\"reason\":\"TEMPORARY\"}", fleet);
            assertThat(blocked.statusCode()).as(blocked.body()).isEqualTo(200);
        } finally {
            post(API + "/cards/" + fuelCard + "/unblock", "application/json", "", fleet);
        }

        JsonObject delivered = awaitDelivery(flaky, "DELIVERED", Duration.ofSeconds(20));
        List<Received> flakyRequests = receiver.at("/flaky");
        assertThat(flakyRequests).as("a 500, a timeout, a success").hasSize(3);
        assertThat(flakyRequests).extracting(Received::id).containsOnly(delivered.getString("eventId"));
        assertThat(delivered.getInt("attempts")).isEqualTo(3);
        assertThat(delivered.getInt("lastStatus")).isEqualTo(204);
        for (Received request : flakyRequests) {
            assertGenuine(request, flaky.getString("secret"));
        }
        JsonObject event = json(flakyRequests.get(0).body());
        assertThat(event.getString("id")).isEqualTo(delivered.getString("eventId"));
        assertThat(event.getString("type")).isEqualTo("card.blocked");
        assertThat(Instant.parse(event.getString("occurredAt"))).isBefore(Instant.now());
        JsonObject data = event.getJsonObject("data");
        assertThat(data.getJsonNumber("cardId").longValue()).isEqualTo(fuelCard);
        assertThat(data.getString("contractNumber")).isEqualTo("F-00000001");
        assertThat(data.getString("maskedNumber")).endsWith("0051");
        assertThat(data.getString("status")).isEqualTo("BLOCKED");
        assertThat(data.getString("blockReason")).isEqualTo("TEMPORARY");
        assertThat(flakyRequests).extracting(Received::body).as("the same body on every attempt").containsOnly(
                flakyRequests.get(0).body());

        JsonObject dead = awaitDelivery(broken, "DEAD", Duration.ofSeconds(25));
        List<Received> brokenRequests = receiver.at("/broken");
        assertThat(brokenRequests).as("four attempts, then given up").hasSize(4);
        assertThat(dead.getInt("attempts")).isEqualTo(4);
        assertThat(dead.getString("lastError")).isEqualTo("HTTP 500");
        assertThat(dead.containsKey("nextAttemptAt")).isFalse();
        List<Double> gaps = gaps(brokenRequests);
        assertThat(gaps.get(0)).as("1 s after the first failure").isGreaterThanOrEqualTo(0.9);
        assertThat(gaps.get(1)).as("2 s after the second").isGreaterThanOrEqualTo(1.9);
        assertThat(gaps.get(2)).as("4 s after the third").isGreaterThanOrEqualTo(3.9).isGreaterThan(gaps.get(0) + 1.5);

        Thread.sleep(2_500);
        assertThat(receiver.at("/flaky")).as("nothing after the delivery").hasSize(3);
        assertThat(receiver.at("/broken")).as("nothing after giving up").hasSize(4);

        healed[0] = true;
        redriveInTheBackOffice(broken.getJsonNumber("id").longValue());

        JsonObject redriven = awaitDelivery(broken, "DELIVERED", Duration.ofSeconds(15));
        assertThat(redriven.getString("eventId")).isEqualTo(dead.getString("eventId"));
        assertThat(redriven.getInt("attempts")).as("a fresh round, delivered at its first attempt").isEqualTo(1);
        List<Received> afterRedrive = receiver.at("/broken");
        assertThat(afterRedrive).hasSize(5);
        assertThat(afterRedrive.get(4).id()).isEqualTo(dead.getString("eventId"));
        assertGenuine(afterRedrive.get(4), broken.getString("secret"));
    }

    @Test
    void aTopUpIsToldSignedToThePartnerThatServesTheContractAndToNoOtherPartner() throws Exception {
        JsonObject mine = register(fleet, receiver.url("/top-ups"), "topup.credited");
        register(other, receiver.url("/someone-else"), "topup.credited", "card.blocked", "transaction.posted");

        var credited = postJson(API + "/top-ups", "{\"contract\":\"F-00000001\",\"amount\":\"1.00\"}", fleet,
                "Idempotency-Key", UUID.randomUUID().toString());
        assertThat(credited.statusCode()).as(credited.body()).isEqualTo(201);
        long entry = json(credited.body()).getJsonNumber("id").longValue();

        Received told = await(() -> receiver.at("/top-ups").stream()
                .filter(request -> json(request.body()).getJsonObject("data").getJsonNumber("entryId").longValue() == entry)
                .findFirst(), Duration.ofSeconds(15));
        assertGenuine(told, mine.getString("secret"));
        JsonObject event = json(told.body());
        assertThat(event.getString("type")).isEqualTo("topup.credited");
        assertThat(event.getString("id")).isEqualTo(told.id());
        JsonObject data = event.getJsonObject("data");
        assertThat(data.getString("kind")).isEqualTo("TOP_UP");
        assertThat(data.getString("contractNumber")).isEqualTo("F-00000001");
        assertThat(data.getString("amount")).isEqualTo("1.00");
        assertThat(WebhookSignature.verify("whsec_not-the-secret", told.timestamp(), told.body(), told.signature(),
                Instant.now())).as("another secret does not verify").isFalse();

        Thread.sleep(2_000);
        assertThat(receiver.at("/someone-else")).as("a wallets-only agent hears nothing of a fuel contract").isEmpty();
    }

    @Test
    void aPartnerSeesAndRemovesOnlyItsOwnEndpointsAndABadOneIsRefused() {
        JsonObject mine = register(fleet, "https://fleet.example.org/hooks/cardhub", "card.blocked", "card.unblocked");
        long id = mine.getJsonNumber("id").longValue();
        assertThat(mine.getString("secret")).matches("whsec_[0-9a-f]{64}");
        assertThat(mine.getJsonArray("events").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("card.blocked", "card.unblocked");

        var listed = get(API + "/webhooks", fleet);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.body()).contains("https://fleet.example.org/hooks/cardhub").doesNotContain("whsec_");
        assertThat(get(API + "/webhooks", other).body()).doesNotContain("fleet.example.org");
        assertProblem(get(API + "/webhooks/" + id, other), 404, "NOT_FOUND");
        assertProblem(delete(id, other), 404, "NOT_FOUND");
        assertProblem(get(API + "/webhooks/" + id + "/deliveries", other), 404, "NOT_FOUND");

        assertThat(delete(id, fleet).statusCode()).isEqualTo(204);
        registered.remove(id);
        assertProblem(get(API + "/webhooks/" + id, fleet), 404, "NOT_FOUND");

        assertProblem(postJson(API + "/webhooks", "{\"url\":\"http://fleet.example.org/h\",\"events\":[\"card.blocked\"]}",
                fleet), 400, "URL_NOT_HTTPS");
        assertProblem(postJson(API + "/webhooks", "{\"url\":\"https://fleet.example.org/h\",\"events\":[\"card.stolen\"]}",
                fleet), 400, "EVENT_UNKNOWN");
        assertProblem(postJson(API + "/webhooks", "{\"url\":\"https://fleet.example.org/h\",\"events\":[]}", fleet),
                400, "VALIDATION_FAILED");
        assertThat(get(API + "/webhooks", fleet).body()).as("nothing refused was registered")
                .doesNotContain("https://fleet.example.org/h\"");
    }

    private static JsonObject register(String token, String url, String... events) {
        var body = Json.createObjectBuilder().add("url", url).add("events", Json.createArrayBuilder(List.of(events))).build();
        var response = postJson(API + "/webhooks", body.toString(), token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonObject created = json(response.body());
        registered.put(created.getJsonNumber("id").longValue(), token);
        return created;
    }

    private static HttpResponse<String> delete(long id, String token) {
        return exchange(HttpRequest.newBuilder(URI.create(API + "/webhooks/" + id)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).DELETE().build());
    }

    /** The endpoint's newest delivery once it has the status, as the partner API shows it. */
    private static JsonObject awaitDelivery(JsonObject endpoint, String status, Duration patience) throws InterruptedException {
        String url = API + "/webhooks/" + endpoint.getJsonNumber("id").longValue() + "/deliveries";
        String token = registered.get(endpoint.getJsonNumber("id").longValue());
        return await(() -> {
            var deliveries = json(get(url, token).body()).getJsonArray("deliveries").getValuesAs(JsonObject.class);
            return deliveries.stream().findFirst().filter(delivery -> delivery.getString("status").equals(status));
        }, patience);
    }

    private static <T> T await(Supplier<Optional<T>> probe, Duration patience) throws InterruptedException {
        Instant until = Instant.now().plus(patience);
        while (Instant.now().isBefore(until)) {
            Optional<T> found = probe.get();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(250);
        }
        return probe.get().orElseThrow(() -> new AssertionError("not within " + patience));
    }

    private static void assertGenuine(Received request, String secret) {
        assertThat(request.timestamp()).matches("\\d{10}");
        assertThat(request.signature()).matches("v1=[0-9a-f]{64}");
        assertThat(WebhookSignature.verify(secret, request.timestamp(), request.body(), request.signature(), Instant.now()))
                .as("signed with the endpoint's secret over timestamp.body").isTrue();
        Predicate<String> forged = body -> WebhookSignature.verify(secret, request.timestamp(), body, request.signature(),
                Instant.now());
        assertThat(forged.test(request.body() + " ")).isFalse();
    }

    private static List<Double> gaps(List<Received> requests) {
        List<Double> gaps = new ArrayList<>();
        for (int i = 1; i < requests.size(); i++) {
            gaps.add((requests.get(i).arrivedNanos() - requests.get(i - 1).arrivedNanos()) / 1e9);
        }
        return gaps;
    }

    private static void redriveInTheBackOffice(long endpointId) throws Exception {
        WebDriver browser = Chromium.open("--window-size=1280,900");
        try {
            WebDriverWait wait = Chromium.patiently(browser);
            Chromium.signIn(browser, wait, "admin");
            browser.get(APP + "/cabinet/backoffice/webhooks.xhtml?endpoint=" + endpointId);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("deliveries-title")));
            assertThat(browser.findElement(By.id("deliveries:table")).getText()).contains("Не доставлено", "HTTP 500");
            wait.until(ExpectedConditions.elementToBeClickable(By.id("deliveries:redriveAll"))).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("deliveries:confirmYes"))).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deliveries:messages"),
                    "Недоставленных событий отправится снова: 1"));
        } finally {
            browser.quit();
        }
    }
}
