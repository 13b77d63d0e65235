package org.cardhub.tools.acquirer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The control API's health and confirmation timeout, and its answers to what it does not know. */
class EmulatorControlTest {

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

    @Test
    void healthAnswersOk() {
        assertThat(client.health().statusCode()).isEqualTo(200);
        assertThat(client.health().body().strip()).isEqualTo("ok");
    }

    @Test
    void aPaymentNotConfirmedWithinTheTimeoutIsCanceledAndTheShopIsNotified() throws Exception {
        assertThat(client.control("confirmation-timeout", "1").statusCode()).isEqualTo(200);
        String id = client.newPayment("100.00", true).getString("id");
        assertThat(client.payment(id).getString("status")).isEqualTo("pending");

        JsonObject notification = running.receiver.await(1, Duration.ofSeconds(5)).get(0);

        JsonObject payment = client.payment(id);
        assertThat(payment.getString("status")).isEqualTo("canceled");
        assertThat(payment.getJsonObject("cancellation_details").getString("reason")).isEqualTo("expired_on_confirmation");
        assertThat(notification.getString("event")).isEqualTo("payment.canceled");
        assertThat(notification.getJsonObject("object").getString("id")).isEqualTo(id);
    }

    @Test
    void badControlValuesAreRefusedWithWhatIsExpected() {
        assertThat(client.control("confirmation-timeout", "soon").statusCode()).isEqualTo(400);
        assertThat(client.control("confirmation-timeout", "0").statusCode()).isEqualTo(400);
        assertThat(client.control("notification-mode", "sometimes").body()).contains("once|twice|late|none");
        assertThat(client.control("no-such-control", "").statusCode()).isEqualTo(404);
    }
}
