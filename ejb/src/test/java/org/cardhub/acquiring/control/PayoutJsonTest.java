package org.cardhub.acquiring.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.cardhub.acquiring.entity.PayoutCard;
import org.cardhub.acquiring.entity.ProviderPayout;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** YooKassa's payout JSON as Cardhub writes the request and reads the payout object (the published shapes). */
class PayoutJsonTest {

    @Test
    void theRequestCarriesTheAmountTheCardNumberTheDescriptionAndCardhubsId() {
        JsonObject body = Json.createReader(new StringReader(PayoutJson.request(Amount.parse("1500", Currency.RUB),
                PayoutCard.of("5555 5555 5555 4477"), "Закрытие кошелька W-00000001", "c0ffee"))).readObject();

        assertThat(body.getJsonObject("amount").getString("value")).isEqualTo("1500.00");
        assertThat(body.getJsonObject("amount").getString("currency")).isEqualTo("RUB");
        assertThat(body.getJsonObject("payout_destination_data").getString("type")).isEqualTo("bank_card");
        assertThat(body.getJsonObject("payout_destination_data").getJsonObject("card").getString("number"))
                .isEqualTo("5555555555554477");
        assertThat(body.getString("description")).isEqualTo("Закрытие кошелька W-00000001");
        assertThat(body.getJsonObject("metadata").getString("cardhub_payout")).isEqualTo("c0ffee");
        assertThat(PayoutJson.request(Amount.parse("1", Currency.RUB), PayoutCard.of("4111111111111111"), null, "c"))
                .doesNotContain("description");
    }

    @Test
    void aCanceledPayoutIsReadWithWhoCanceledItAndWhy() {
        ProviderPayout payout = PayoutJson.payout("""
                {"id":"po-285ec15d-0003-5000-a000-08d1bec7dade","amount":{"value":"5.00","currency":"RUB"},
                 "status":"canceled","payout_destination":{"type":"bank_card","card":{"first6":"444444","last4":"4448",
                 "card_type":"Visa","issuer_country":"PL"}},"description":"Выплата","created_at":"2021-06-16T13:04:55.633Z",
                 "metadata":{"cardhub_payout":"c0ffee"},"test":false,
                 "cancellation_details":{"party":"yoo_money","reason":"general_decline"}}""");

        assertThat(payout.id()).isEqualTo("po-285ec15d-0003-5000-a000-08d1bec7dade");
        assertThat(payout.status()).isEqualTo(ProviderPayout.Status.CANCELED);
        assertThat(payout.value()).isEqualByComparingTo(new BigDecimal("5"));
        assertThat(payout.currency()).isEqualTo("RUB");
        assertThat(payout.cardhubPayout()).isEqualTo("c0ffee");
        assertThat(payout.cancellationDetails()).contains(new ProviderPayout.Cancellation("yoo_money", "general_decline"));
    }

    @Test
    void pendingAndSucceededPayoutsHaveNoCancellation() {
        assertThat(PayoutJson.payout("{\"id\":\"po-1\",\"status\":\"pending\",\"amount\":{\"value\":\"1.00\",\"currency\":\"RUB\"}}")
                .status()).isEqualTo(ProviderPayout.Status.PENDING);
        ProviderPayout paid = PayoutJson.payout("{\"id\":\"po-1\",\"status\":\"succeeded\",\"metadata\":{}}");
        assertThat(paid.status()).isEqualTo(ProviderPayout.Status.SUCCEEDED);
        assertThat(paid.cancellationDetails()).isEmpty();
        assertThat(paid.value()).isNull();
        assertThat(paid.cardhubPayout()).isNull();
    }

    @Test
    void anAnswerWithoutAnIdOrAKnownStatusIsNoPayout() {
        assertThatThrownBy(() -> PayoutJson.payout("{\"status\":\"succeeded\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PayoutJson.payout("{\"id\":\"po-1\",\"status\":\"paid\"}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PayoutJson.payout("<html>")).isInstanceOf(IllegalArgumentException.class);
    }
}
