package org.cardhub.acquiring.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.cardhub.acquiring.entity.PayoutCard;
import org.cardhub.acquiring.entity.ProviderPayout;
import org.cardhub.money.Amount;

/** YooKassa's JSON of payouts to a bank card, the fields Cardhub uses: the request creating one and the payout object. */
public final class PayoutJson {

    /** Cardhub's own id of the payout, in the payout's metadata. */
    public static final String METADATA_KEY = "cardhub_payout";

    private PayoutJson() {
    }

    /**
     * The body of {@code POST /payouts} to the card's number; the amount as a string with two decimals. It carries the
     * full card number: never logged, never kept.
     */
    public static String request(Amount amount, PayoutCard card, String description, String cardhubPayout) {
        var body = Json.createObjectBuilder()
                .add("amount", Json.createObjectBuilder().add("value", amount.toPlainString()).add("currency", amount.currency().name()))
                .add("payout_destination_data", Json.createObjectBuilder().add("type", "bank_card")
                        .add("card", Json.createObjectBuilder().add("number", card.number())));
        if (description != null) {
            body.add("description", description);
        }
        return body.add("metadata", Json.createObjectBuilder().add(METADATA_KEY, cardhubPayout)).build().toString();
    }

    /** A payout object; refused (IllegalArgumentException) without an id or a known status. */
    public static ProviderPayout payout(String json) {
        JsonObject payout = PaymentJson.object(json);
        String id = PaymentJson.text(payout, "id").orElseThrow(() -> new IllegalArgumentException("A payout object without an id"));
        ProviderPayout.Status status = PaymentJson.text(payout, "status").flatMap(ProviderPayout.Status::of)
                .orElseThrow(() -> new IllegalArgumentException("Payout " + id + " has no known status"));
        JsonObject amount = PaymentJson.child(payout, "amount");
        JsonObject cancellation = PaymentJson.child(payout, "cancellation_details");
        return new ProviderPayout(id, status, PaymentJson.text(amount, "value").flatMap(PaymentJson::decimal).orElse(null),
                PaymentJson.text(amount, "currency").orElse(null),
                PaymentJson.text(PaymentJson.child(payout, "metadata"), METADATA_KEY).orElse(null),
                cancellation == null ? null : new ProviderPayout.Cancellation(PaymentJson.text(cancellation, "party").orElse(null),
                        PaymentJson.text(cancellation, "reason").orElse(null)));
    }
}
