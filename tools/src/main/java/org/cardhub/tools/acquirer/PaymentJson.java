package org.cardhub.tools.acquirer;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;

/** The API's JSON: payment and payout objects, notifications and errors, with YooKassa's field names. */
final class PaymentJson {

    private static final DateTimeFormatter TIME = DateTimeFormatter
            .ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final JsonBuilderFactory json = Json.createBuilderFactory(null);
    private final String checkoutBase;
    private final String shopId;

    /** @param checkoutBase where the checkout pages answer, e.g. {@code http://127.0.0.1:8091/checkout/} */
    PaymentJson(String checkoutBase, String shopId) {
        this.checkoutBase = checkoutBase;
        this.shopId = shopId;
    }

    /** The payment object as it stands now. */
    JsonObject payment(Payment payment) {
        Payment.State state = payment.state();
        boolean succeeded = state.status() == PaymentStatus.SUCCEEDED;
        JsonObjectBuilder object = json.createObjectBuilder()
                .add("id", payment.id())
                .add("status", state.status().apiName())
                .add("paid", succeeded)
                .add("amount", amount(payment.amount()));
        if (succeeded) {
            // the demo shop pays no commission: it receives what the payer paid
            object.add("income_amount", amount(payment.amount()));
            object.add("captured_at", time(state.capturedAt()));
        }
        if (payment.isPending()) {
            object.add("confirmation", json.createObjectBuilder().add("type", "redirect")
                    .add("confirmation_url", checkoutBase + payment.id()));
        }
        object.add("created_at", time(payment.createdAt()));
        if (payment.description() != null) {
            object.add("description", payment.description());
        }
        object.add("metadata", payment.metadata() == null ? JsonObject.EMPTY_JSON_OBJECT : payment.metadata());
        if (state.method() != null) {
            object.add("payment_method", method(state.method()));
        }
        if (state.cancellation() != null) {
            object.add("cancellation_details", json.createObjectBuilder()
                    .add("party", state.cancellation().party()).add("reason", state.cancellation().reason()));
        }
        return object.add("recipient", json.createObjectBuilder().add("account_id", shopId).add("gateway_id", shopId))
                .add("refundable", succeeded)
                .add("test", true)
                .build();
    }

    /** What the shop's notification URL receives about a final payment. */
    JsonObject notification(Payment payment) {
        return json.createObjectBuilder()
                .add("type", "notification")
                .add("event", "payment." + payment.state().status().apiName())
                .add("object", payment(payment))
                .build();
    }

    /** The payout object in {@code state}: the card by its first six and last four digits only. */
    JsonObject payout(Payout payout, Payout.State state) {
        Card card = payout.card();
        JsonObjectBuilder object = json.createObjectBuilder()
                .add("id", payout.id())
                .add("amount", amount(payout.amount()))
                .add("status", state.status().apiName())
                .add("payout_destination", json.createObjectBuilder().add("type", "bank_card")
                        .add("card", json.createObjectBuilder().add("first6", card.first6()).add("last4", card.last4())
                                .add("card_type", card.cardType()).add("issuer_country", "RU")));
        if (payout.description() != null) {
            object.add("description", payout.description());
        }
        object.add("created_at", time(payout.createdAt()));
        if (state.succeededAt() != null) {
            object.add("succeeded_at", time(state.succeededAt()));
        }
        object.add("metadata", payout.metadata() == null ? JsonObject.EMPTY_JSON_OBJECT : payout.metadata());
        if (state.cancellation() != null) {
            object.add("cancellation_details", json.createObjectBuilder()
                    .add("party", state.cancellation().party()).add("reason", state.cancellation().reason()));
        }
        return object.add("test", true).build();
    }

    /** An error answer; {@code parameter} may be null. */
    JsonObject error(String code, String description, String parameter) {
        JsonObjectBuilder error = json.createObjectBuilder()
                .add("type", "error")
                .add("id", UUID.randomUUID().toString())
                .add("code", code)
                .add("description", description);
        if (parameter != null) {
            error.add("parameter", parameter);
        }
        return error.build();
    }

    private JsonObjectBuilder method(PaymentMethod method) {
        Card card = method.card();
        return json.createObjectBuilder()
                .add("type", "bank_card")
                .add("id", method.id())
                .add("saved", method.saved())
                .add("title", card.title())
                .add("card", json.createObjectBuilder()
                        .add("first6", card.first6())
                        .add("last4", card.last4())
                        .add("expiry_month", String.format(Locale.ROOT, "%02d", card.expiry().getMonthValue()))
                        .add("expiry_year", String.valueOf(card.expiry().getYear()))
                        .add("card_type", card.cardType()));
    }

    private JsonObjectBuilder amount(BigDecimal value) {
        return json.createObjectBuilder().add("value", value.setScale(2).toPlainString()).add("currency", "RUB");
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }
}
