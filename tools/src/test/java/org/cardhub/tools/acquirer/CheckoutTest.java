package org.cardhub.tools.acquirer;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.time.YearMonth;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The payer's checkout page: each test card ends the payment as the card table says, and the payer goes back. */
class CheckoutTest {

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

    @Test
    void thePageIsARussianCardFormWithTheAmountTheTestCardsAndTheIdsTheBrowserTestsUse() {
        String id = client.newPayment("1015.00", true).getString("id");

        HttpResponse<String> page = client.checkoutPage(id);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(page.body()).contains("lang=\"ru\"", "1\u00A0015,00\u00A0₽", "Пополнение карты 700599******0069",
                "id=\"card-number\"", "id=\"card-expiry\"", "id=\"card-cvc\"", "id=\"notify-mode\"",
                "id=\"pay\"", "Оплатить", "id=\"refuse\"", "Отказаться от оплаты", "Уведомление магазину",
                "<option value=\"once\" selected>сразу</option>", "дважды", "с опозданием", "не отправлять",
                "5555 5555 5555 4477", "5555 5555 5555 4592", "4000 0000 0000 0002", "4111 1111 1111 1111");
    }

    @ParameterizedTest(name = "{0} → {1} {2}")
    @CsvSource(nullValues = "-", value = {
            "5555 5555 5555 4477, succeeded, -",
            "4111111111111111,    succeeded, -",
            "5555 5555 5555 4592, canceled,  insufficient_funds",
            "4000 0000 0000 0002, canceled,  general_decline"})
    void eachTestCardEndsThePaymentAsTheTableSaysAndThePayerIsSentBack(String card, String status, String reason) {
        String id = client.newPayment("250.00", true).getString("id");

        HttpResponse<String> answer = client.pay(id, card, FUTURE, "none");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue(EmulatorClient.RETURN_URL);
        JsonObject payment = client.payment(id);
        assertThat(payment.getString("status")).isEqualTo(status);
        assertThat(payment).doesNotContainKey("confirmation");
        JsonObject method = payment.getJsonObject("payment_method");
        assertThat(method.getString("type")).isEqualTo("bank_card");
        assertThat(method.getJsonObject("card").getString("last4")).isEqualTo(card.replace(" ", "").substring(12));
        assertThat(method.getJsonObject("card").getString("expiry_month")).isEqualTo("12");
        if (reason == null) {
            assertThat(payment.getBoolean("paid")).isTrue();
            assertThat(payment.getJsonObject("income_amount").getString("value")).isEqualTo("250.00");
            assertThat(payment.getString("captured_at")).isNotBlank();
            assertThat(method.getBoolean("saved")).isTrue();
            assertThat(method.getString("title")).isEqualTo("Bank card *" + card.replace(" ", "").substring(12));
            assertThat(payment).doesNotContainKey("cancellation_details");
        } else {
            assertThat(payment.getBoolean("paid")).isFalse();
            assertThat(method.getBoolean("saved")).isFalse();
            assertThat(payment.getJsonObject("cancellation_details").getString("party")).isEqualTo("payment_network");
            assertThat(payment.getJsonObject("cancellation_details").getString("reason")).isEqualTo(reason);
        }
    }

    @Test
    void aCardPastItsExpiryIsDeclinedAsExpired() {
        String id = client.newPayment("250.00", true).getString("id");
        YearMonth lastMonth = YearMonth.now().minusMonths(1);

        client.pay(id, "5555555555554477", String.format("%02d/%02d", lastMonth.getMonthValue(), lastMonth.getYear() % 100), "none");

        JsonObject payment = client.payment(id);
        assertThat(payment.getString("status")).isEqualTo("canceled");
        assertThat(payment.getJsonObject("cancellation_details").getString("reason")).isEqualTo("card_expired");
    }

    @Test
    void theCardIsSavedOnlyWhenTheShopAskedForIt() {
        String id = client.newPayment("250.00", false).getString("id");

        client.pay(id, "5555555555554477", FUTURE, "none");

        assertThat(client.payment(id).getJsonObject("payment_method").getBoolean("saved")).isFalse();
    }

    @Test
    void aNumberThatIsNoTestCardIsRefusedByTheFormAndThePaymentStaysPending() {
        String id = client.newPayment("250.00", true).getString("id");

        HttpResponse<String> answer = client.pay(id, "5105 1051 0510 5100", FUTURE, "none");

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("не тестовая карта").contains("5105 1051 0510 5100");
        assertThat(client.payment(id).getString("status")).isEqualTo("pending");
    }

    @Test
    void aMalformedExpiryOrCvcIsRefusedByTheForm() {
        String id = client.newPayment("250.00", true).getString("id");

        HttpResponse<String> answer = client.pay(id, "5555555555554477", "13/30", "none");

        assertThat(answer.statusCode()).isEqualTo(422);
        assertThat(answer.body()).contains("ММ/ГГ");
        assertThat(client.payment(id).getString("status")).isEqualTo("pending");
    }

    @Test
    void refusingCancelsThePaymentAsExpiredOnConfirmationAndSendsThePayerBack() {
        String id = client.newPayment("250.00", true).getString("id");

        HttpResponse<String> answer = client.refuse(id, "none");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).hasValue(EmulatorClient.RETURN_URL);
        JsonObject payment = client.payment(id);
        assertThat(payment.getString("status")).isEqualTo("canceled");
        assertThat(payment.getJsonObject("cancellation_details").getString("reason")).isEqualTo("expired_on_confirmation");
        assertThat(payment.getJsonObject("cancellation_details").getString("party")).isEqualTo("yoo_money");
        assertThat(payment).doesNotContainKey("payment_method");
    }

    @Test
    void aDecidedPaymentStaysAsItWasAndItsPageSaysSo() throws Exception {
        String id = client.newPayment("250.00", true).getString("id");
        client.refuse(id, "once");

        HttpResponse<String> payAfterwards = client.pay(id, "5555555555554477", FUTURE, "once");

        assertThat(payAfterwards.statusCode()).isEqualTo(303);
        assertThat(client.payment(id).getString("status")).isEqualTo("canceled");
        assertThat(client.checkoutPage(id).body()).contains("Платёж отменён").contains("Вернуться в магазин");
        Thread.sleep(300);
        assertThat(running.receiver.received()).hasSize(1);
    }
}
