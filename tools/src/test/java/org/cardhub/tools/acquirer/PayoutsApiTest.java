package org.cardhub.tools.acquirer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cardhub.tools.acquirer.EmulatorClient.json;
import static org.cardhub.tools.acquirer.EmulatorClient.payoutBody;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Payouts to a bank card over real HTTP: created and read with the shop's credentials, idempotent by key, decided by
 * the test cards (paid at once, canceled with a reason, or pending until read again) and by the one-time limit; bad
 * requests refused naming the parameter; the card's number never answered back.
 */
class PayoutsApiTest {

    private static final String PAID = "5555555555554477";

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

    private JsonObject newPayout(String amount, String card) {
        HttpResponse<String> created = client.createPayout(UUID.randomUUID().toString(), payoutBody(amount, card));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        return json(created);
    }

    @Test
    void anyValidCardIsPaidAtOnceAndShownByItsMaskOnly() {
        HttpResponse<String> created = client.createPayout(UUID.randomUUID().toString(), payoutBody("1500.00", PAID));
        JsonObject payout = json(created);

        assertThat(payout.getString("status")).isEqualTo("succeeded");
        assertThat(payout.getString("id")).matches("po-[0-9a-f]{8}-0003-5000-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(payout.getJsonObject("amount").getString("value")).isEqualTo("1500.00");
        assertThat(payout.getJsonObject("amount").getString("currency")).isEqualTo("RUB");
        JsonObject card = payout.getJsonObject("payout_destination").getJsonObject("card");
        assertThat(card.getString("first6")).isEqualTo("555555");
        assertThat(card.getString("last4")).isEqualTo("4477");
        assertThat(payout.getJsonObject("metadata").getString("cardhub_payout")).isEqualTo("o-1");
        assertThat(payout.getString("description")).isEqualTo("Закрытие кошелька W-00000001");
        assertThat(payout).doesNotContainKey("cancellation_details");
        assertThat(created.body()).doesNotContain(PAID);
        assertThat(client.getPayout(payout.getString("id")).body()).isEqualTo(created.body());
    }

    @ParameterizedTest
    @CsvSource({
            "5555555555554592, yoo_money, insufficient_funds",
            "4000000000000002, payment_network, general_decline",
            "4000000000000069, yoo_money, periodic_limit_exceeded"})
    void aTestCardCancelsThePayoutWithItsReason(String card, String party, String reason) {
        JsonObject payout = newPayout("100.00", card);

        assertThat(payout.getString("status")).isEqualTo("canceled");
        assertThat(payout.getJsonObject("cancellation_details").getString("party")).isEqualTo(party);
        assertThat(payout.getJsonObject("cancellation_details").getString("reason")).isEqualTo(reason);
        assertThat(json(client.getPayout(payout.getString("id"))).getString("status")).isEqualTo("canceled");
    }

    @Test
    void morePerPayoutThanTheLimitIsCanceledOneTimeLimitExceeded() {
        JsonObject payout = newPayout("150000.01", PAID);

        assertThat(payout.getString("status")).isEqualTo("canceled");
        assertThat(payout.getJsonObject("cancellation_details").getString("reason")).isEqualTo("one_time_limit_exceeded");
        assertThat(newPayout("150000.00", PAID).getString("status")).isEqualTo("succeeded");
    }

    @Test
    void aPendingCardIsDecidedWhenThePayoutIsNextRead() {
        JsonObject paid = newPayout("200.00", "2200000000000004");
        JsonObject declined = newPayout("200.00", "2200000000000012");

        assertThat(paid.getString("status")).isEqualTo("pending");
        assertThat(declined.getString("status")).isEqualTo("pending");
        assertThat(json(client.getPayout(paid.getString("id"))).getString("status")).isEqualTo("succeeded");
        JsonObject readAgain = json(client.getPayout(declined.getString("id")));
        assertThat(readAgain.getString("status")).isEqualTo("canceled");
        assertThat(readAgain.getJsonObject("cancellation_details").getString("reason")).isEqualTo("general_decline");
        assertThat(json(client.getPayout(paid.getString("id"))).getString("status")).as("final").isEqualTo("succeeded");
    }

    @Test
    void theSameKeyAnswersTheSamePayoutAsItStandsAndOtherDataUnderItIsRefused() {
        String key = UUID.randomUUID().toString();
        JsonObject first = json(client.createPayout(key, payoutBody("300.00", "2200000000000004")));
        client.getPayout(first.getString("id"));

        JsonObject again = json(client.createPayout(key, payoutBody("300.00", "2200000000000004")));
        HttpResponse<String> other = client.createPayout(key, payoutBody("301.00", "2200000000000004"));

        assertThat(again.getString("id")).isEqualTo(first.getString("id"));
        assertThat(again.getString("status")).isEqualTo("succeeded");
        assertThat(other.statusCode()).isEqualTo(400);
        assertThat(json(other).getString("parameter")).isEqualTo("Idempotence-Key");
    }

    @ParameterizedTest
    @CsvSource({
            "5555555555554478, payout_destination_data.card.number",
            "555555555555447, payout_destination_data.card.number",
            "0.00, amount.value"})
    void aBadRequestIsRefusedNamingTheParameter(String value, String parameter) {
        String body = parameter.startsWith("amount") ? payoutBody(value, PAID) : payoutBody("100.00", value);

        HttpResponse<String> refused = client.createPayout(UUID.randomUUID().toString(), body);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(json(refused).getString("code")).isEqualTo("invalid_request");
        assertThat(json(refused).getString("parameter")).isEqualTo(parameter);
    }

    @Test
    void wrongCredentialsNoKeyAndAnUnknownPayoutAreRefused() {
        assertThat(client.createPayout(UUID.randomUUID().toString(), payoutBody("100.00", PAID), "100500", "wrong")
                .statusCode()).isEqualTo(401);
        HttpResponse<String> keyless = client.createPayout(null, payoutBody("100.00", PAID));
        assertThat(keyless.statusCode()).isEqualTo(400);
        assertThat(json(keyless).getString("parameter")).isEqualTo("Idempotence-Key");
        HttpResponse<String> unknown = client.getPayout("po-00000000-0003-5000-8000-000000000000");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).getString("code")).isEqualTo("not_found");
    }
}
