package org.cardhub.tools.acquirer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How often and when the shop hears of a decided payment, as the checkout form's choice says (late: after 1 s here). */
class NotificationModesTest {

    private static final String FUTURE = "12/" + (YearMonth.now().getYear() % 100 + 3);

    private RunningEmulator running;
    private EmulatorClient client;
    private NotificationReceiver receiver;

    @BeforeEach
    void start() throws Exception {
        running = RunningEmulator.start();
        client = running.client;
        receiver = running.receiver;
    }

    @AfterEach
    void stop() throws Exception {
        running.close();
    }

    @Test
    void onceArrivesOnceBeforeThePayerIsSentBackWithThePaymentAsItStands() throws Exception {
        String id = client.newPayment("300.00", true).getString("id");

        HttpResponse<String> redirect = client.pay(id, "5555555555554477", FUTURE, "once");

        assertThat(redirect.statusCode()).isEqualTo(303);
        assertThat(receiver.received()).hasSize(1);
        JsonObject notification = receiver.received().get(0);
        assertThat(notification.getString("type")).isEqualTo("notification");
        assertThat(notification.getString("event")).isEqualTo("payment.succeeded");
        assertThat(notification.getJsonObject("object")).isEqualTo(client.payment(id));
        Thread.sleep(1_300);
        assertThat(receiver.received()).hasSize(1);
    }

    @Test
    void twiceArrivesTwiceBeforeThePayerIsSentBack() throws Exception {
        String id = client.newPayment("300.00", true).getString("id");

        client.pay(id, "5555555555554592", FUTURE, "twice");

        assertThat(receiver.received()).hasSize(2).allSatisfy(notification -> {
            assertThat(notification.getString("event")).isEqualTo("payment.canceled");
            assertThat(notification.getJsonObject("object").getString("id")).isEqualTo(id);
        });
        Thread.sleep(1_300);
        assertThat(receiver.received()).hasSize(2);
    }

    @Test
    void lateArrivesOnlyAfterThePayerIsBack() throws Exception {
        String id = client.newPayment("300.00", true).getString("id");

        client.pay(id, "5555555555554477", FUTURE, "late");

        assertThat(receiver.received()).isEmpty();
        List<JsonObject> arrived = receiver.await(1, Duration.ofSeconds(5));
        assertThat(arrived).hasSize(1);
        assertThat(arrived.get(0).getString("event")).isEqualTo("payment.succeeded");
    }

    @Test
    void noneSendsNothing() throws Exception {
        String id = client.newPayment("300.00", true).getString("id");

        client.refuse(id, "none");

        Thread.sleep(1_300);
        assertThat(receiver.attempts()).isZero();
    }

    @Test
    void aRefusedNotificationIsTriedAgainUntilTheShopTakesIt() throws Exception {
        receiver.refuseNext(2);
        String id = client.newPayment("300.00", true).getString("id");

        client.pay(id, "5555555555554477", FUTURE, "once");

        assertThat(receiver.await(1, Duration.ofSeconds(5))).hasSize(1);
        assertThat(receiver.attempts()).isEqualTo(3);
    }

    @Test
    void theDefaultModeOfTheControlApiAppliesWhenTheFormSaysNothing() throws Exception {
        assertThat(client.control("notification-mode", "none").statusCode()).isEqualTo(200);
        String id = client.newPayment("300.00", true).getString("id");

        assertThat(client.checkoutPage(id).body()).contains("<option value=\"none\" selected>");
        client.pay(id, "5555555555554477", FUTURE, null);

        Thread.sleep(1_300);
        assertThat(receiver.attempts()).isZero();
    }

    @Test
    void theControlApiSendsTheNotificationOfADecidedPaymentAgain() {
        String id = client.newPayment("300.00", true).getString("id");
        String pending = client.newPayment("300.00", true).getString("id");
        client.pay(id, "5555555555554477", FUTURE, "none");

        HttpResponse<String> again = client.control("payments/" + id + "/notify", "");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).startsWith("delivered");
        assertThat(receiver.received()).hasSize(1);
        assertThat(client.control("payments/" + pending + "/notify", "").statusCode()).isEqualTo(409);
        assertThat(client.control("payments/no-such-payment/notify", "").statusCode()).isEqualTo(404);
    }
}
