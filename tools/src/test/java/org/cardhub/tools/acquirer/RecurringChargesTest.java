package org.cardhub.tools.acquirer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.tools.acquirer.EmulatorClient.chargeBody;
import static org.cardhub.tools.acquirer.EmulatorClient.json;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Charges of a saved card (auto top-up): decided at once, declined while the control API says so. */
class RecurringChargesTest {

    private static final String FUTURE = "12/" + (YearMonth.now().getYear() % 100 + 3);

    private RunningEmulator running;
    private EmulatorClient client;

    @BeforeEach
    void start() throws Exception {
        running = RunningEmulator.start();
        client = running.client;
    }

    @AfterEach
    void stop() throws Exception {
        running.close();
    }

    private String savedCard() {
        String id = client.newPayment("100.00", true).getString("id");
        client.pay(id, "5555 5555 5555 4477", FUTURE, "none");
        JsonObject method = client.payment(id).getJsonObject("payment_method");
        assertThat(method.getBoolean("saved")).isTrue();
        return method.getString("id");
    }

    @Test
    void aChargeOfASavedCardSucceedsAtOnceWithoutConfirmationAndTheShopIsNotified() throws Exception {
        String card = savedCard();

        HttpResponse<String> answer = client.create(UUID.randomUUID().toString(), chargeBody("700.00", card));

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonObject charge = json(answer);
        assertThat(charge.getString("status")).isEqualTo("succeeded");
        assertThat(charge.getBoolean("paid")).isTrue();
        assertThat(charge).doesNotContainKey("confirmation");
        assertThat(charge.getJsonObject("payment_method").getString("id")).isEqualTo(card);
        assertThat(charge.getJsonObject("payment_method").getJsonObject("card").getString("last4")).isEqualTo("4477");
        assertThat(running.receiver.await(1, Duration.ofSeconds(5))).singleElement()
                .satisfies(n -> assertThat(n.getJsonObject("object").getString("id")).isEqualTo(charge.getString("id")));
    }

    @Test
    void aDeclinedCardIsCanceledWithTheReasonUntilItIsAcceptedAgain() {
        String card = savedCard();

        HttpResponse<String> decline = client.control("payment-methods/" + card + "/decline", "insufficient_funds");
        JsonObject declined = json(client.create(UUID.randomUUID().toString(), chargeBody("700.00", card)));
        HttpResponse<String> accept = client.control("payment-methods/" + card + "/accept", "");
        JsonObject accepted = json(client.create(UUID.randomUUID().toString(), chargeBody("700.00", card)));

        assertThat(decline.statusCode()).isEqualTo(200);
        assertThat(declined.getString("status")).isEqualTo("canceled");
        assertThat(declined.getBoolean("paid")).isFalse();
        assertThat(declined.getJsonObject("cancellation_details").getString("reason")).isEqualTo("insufficient_funds");
        assertThat(declined.getJsonObject("cancellation_details").getString("party")).isEqualTo("payment_network");
        assertThat(accept.statusCode()).isEqualTo(200);
        assertThat(accepted.getString("status")).isEqualTo("succeeded");
    }

    @Test
    void aCardNotSavedCannotBeCharged() {
        String id = client.newPayment("100.00", false).getString("id");
        client.pay(id, "5555 5555 5555 4477", FUTURE, "none");
        String unsaved = client.payment(id).getJsonObject("payment_method").getString("id");

        HttpResponse<String> answer = client.create(UUID.randomUUID().toString(), chargeBody("700.00", unsaved));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(json(answer).getString("parameter")).isEqualTo("payment_method_id");
    }

    @Test
    void theControlApiRefusesAnUnknownCardOrReason() {
        String card = savedCard();

        assertThat(client.control("payment-methods/no-such-card/decline", "general_decline").statusCode()).isEqualTo(404);
        assertThat(client.control("payment-methods/" + card + "/decline", "stolen").statusCode()).isEqualTo(400);
        assertThat(client.control("payment-methods/no-such-card/accept", "").statusCode()).isEqualTo(404);
    }
}
