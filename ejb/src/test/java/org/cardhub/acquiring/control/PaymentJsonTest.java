package org.cardhub.acquiring.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.cardhub.acquiring.entity.PaymentRequest;
import org.cardhub.acquiring.entity.ProviderPayment;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Cardhub writes and reads YooKassa's JSON as the API documents it: amounts as two-decimal strings, snake_case names. */
class PaymentJsonTest {

    private static final String SUCCEEDED = """
            {"id":"2e5c1e0a-000f-5000-8000-1a2b3c4d5e6f","status":"succeeded","paid":true,
             "amount":{"value":"1015.00","currency":"RUB"},"income_amount":{"value":"979.47","currency":"RUB"},
             "captured_at":"2026-12-06T10:16:02.000Z","created_at":"2026-12-06T10:15:30.000Z",
             "description":"Пополнение карты 700599******0069, общий баланс","metadata":{"cardhub_payment":"c0ffee"},
             "payment_method":{"type":"bank_card","id":"2e5c1e0a-000f-5000-8000-1a2b3c4d5e6f","saved":true,
               "title":"Bank card *4477","card":{"first6":"555555","last4":"4477","expiry_month":"12","expiry_year":"2030","card_type":"MasterCard"}},
             "recipient":{"account_id":"100500","gateway_id":"100500"},"test":true}""";

    private static JsonObject parsed(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void aPaymentThePayerConfirmsAsksForTheRedirectAndToSaveTheCard() {
        JsonObject body = parsed(PaymentJson.request(PaymentRequest.confirmedByPayer(Amount.parse("1015.00", Currency.RUB),
                "Пополнение карты 700599******0069", "c0ffee", "http://localhost:8080/cardhub/cabinet/parent/topup-return.xhtml?payment=c0ffee", true)));

        assertThat(body.getJsonObject("amount").getString("value")).isEqualTo("1015.00");
        assertThat(body.getJsonObject("amount").getString("currency")).isEqualTo("RUB");
        assertThat(body.getBoolean("capture")).isTrue();
        assertThat(body.getJsonObject("confirmation").getString("type")).isEqualTo("redirect");
        assertThat(body.getJsonObject("confirmation").getString("return_url")).endsWith("?payment=c0ffee");
        assertThat(body.getJsonObject("metadata").getString("cardhub_payment")).isEqualTo("c0ffee");
        assertThat(body.getBoolean("save_payment_method")).isTrue();
        assertThat(body.containsKey("payment_method_id")).isFalse();
    }

    @Test
    void aRecurringChargeNamesTheSavedCardAndAsksForNoConfirmation() {
        JsonObject body = parsed(PaymentJson.request(PaymentRequest.recurring(Amount.parse("470.00", Currency.RUB),
                "Автопополнение", "c0ffee", "pm-77")));

        assertThat(body.getString("payment_method_id")).isEqualTo("pm-77");
        assertThat(body.getJsonObject("amount").getString("value")).isEqualTo("470.00");
        assertThat(body.containsKey("confirmation")).isFalse();
        assertThat(body.containsKey("save_payment_method")).isFalse();
    }

    @Test
    void aWholeRoubleAmountStillTravelsWithTwoDecimals() {
        JsonObject body = parsed(PaymentJson.request(PaymentRequest.recurring(Amount.parse("500", Currency.RUB), null, "x", "pm")));

        assertThat(body.getJsonObject("amount").getString("value")).isEqualTo("500.00");
        assertThat(body.containsKey("description")).isFalse();
    }

    @Test
    void aSucceededPaymentIsReadWithItsSavedCard() {
        ProviderPayment payment = PaymentJson.payment(SUCCEEDED);

        assertThat(payment.id()).isEqualTo("2e5c1e0a-000f-5000-8000-1a2b3c4d5e6f");
        assertThat(payment.status()).isEqualTo(ProviderPayment.Status.SUCCEEDED);
        assertThat(payment.paid()).isTrue();
        assertThat(payment.value()).isEqualByComparingTo(new BigDecimal("1015.00"));
        assertThat(payment.currency()).isEqualTo("RUB");
        assertThat(payment.cardhubPayment()).isEqualTo("c0ffee");
        assertThat(payment.paymentMethod()).hasValueSatisfying(method -> {
            assertThat(method.saved()).isTrue();
            assertThat(method.title()).isEqualTo("Bank card *4477");
        });
        assertThat(payment.cancellationDetails()).isEmpty();
    }

    @Test
    void aPendingPaymentCarriesItsConfirmationPageAndACanceledOneItsReason() {
        ProviderPayment pending = PaymentJson.payment("""
                {"id":"p-1","status":"pending","paid":false,"amount":{"value":"100.00","currency":"RUB"},
                 "confirmation":{"type":"redirect","confirmation_url":"http://127.0.0.1:8091/checkout/p-1"},"metadata":{}}""");
        ProviderPayment canceled = PaymentJson.payment("""
                {"id":"p-2","status":"canceled","paid":false,"amount":{"value":"100.00","currency":"RUB"},
                 "cancellation_details":{"party":"payment_network","reason":"insufficient_funds"}}""");

        assertThat(pending.confirmationUrl()).isEqualTo("http://127.0.0.1:8091/checkout/p-1");
        assertThat(pending.cardhubPayment()).isNull();
        assertThat(canceled.cancellationDetails()).contains(new ProviderPayment.Cancellation("payment_network", "insufficient_funds"));
    }

    @Test
    void aPaymentWithoutIdOrKnownStatusIsNotReadAsOne() {
        assertThatThrownBy(() -> PaymentJson.payment("{\"status\":\"succeeded\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaymentJson.payment("{\"id\":\"p\",\"status\":\"refunded\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaymentJson.payment("<html>")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaymentJson.payment("[1]")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNotificationNamesItsEventAndPayment() {
        PaymentJson.Notification notification = PaymentJson.notification(
                "{\"type\":\"notification\",\"event\":\"payment.succeeded\",\"object\":" + SUCCEEDED + "}");

        assertThat(notification).isEqualTo(new PaymentJson.Notification("payment.succeeded", "2e5c1e0a-000f-5000-8000-1a2b3c4d5e6f"));
        assertThatThrownBy(() -> PaymentJson.notification("{\"event\":\"payment.succeeded\",\"object\":{\"id\":\"x\"}}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PaymentJson.notification("{\"type\":\"notification\",\"event\":\"payment.succeeded\"}"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anErrorObjectKeepsItsCodeAndParameter() {
        AcquirerRefusedException error = PaymentJson.error(400, """
                {"type":"error","id":"e-1","code":"invalid_request","description":"Amount has too many decimals","parameter":"amount.value"}""");

        assertThat(error.status()).isEqualTo(400);
        assertThat(error.code()).isEqualTo("invalid_request");
        assertThat(error.parameter()).isEqualTo("amount.value");
        assertThat(error.getMessage()).contains("Amount has too many decimals");
        assertThat(PaymentJson.error(502, "Bad gateway").code()).isEqualTo("http_502");
    }
}
