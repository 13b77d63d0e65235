package org.cardhub.acquiring.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.cardhub.acquiring.entity.PaymentRequest;
import org.cardhub.acquiring.entity.ProviderPayment;
import org.cardhub.money.Amount;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Optional;

/** YooKassa's JSON, the fields Cardhub uses: the request creating a payment, the payment object, notifications and errors. */
public final class PaymentJson {

    /** Cardhub's own id of the payment, in the payment's metadata. */
    public static final String METADATA_KEY = "cardhub_payment";

    private PaymentJson() {
    }

    /** A notification: its event ({@code payment.succeeded}…) and the id of the payment it is about. */
    public record Notification(String event, String paymentId) {
    }

    /** The body of {@code POST /payments}. Amounts travel as strings with two decimals. */
    public static String request(PaymentRequest request) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("amount", amount(request.charged()))
                .add("capture", true)
                .add("metadata", Json.createObjectBuilder().add(METADATA_KEY, request.cardhubPayment()));
        if (request.description() != null) {
            body.add("description", request.description());
        }
        if (request.isRecurring()) {
            body.add("payment_method_id", request.savedMethodId());
        } else {
            body.add("confirmation", Json.createObjectBuilder().add("type", "redirect").add("return_url", request.returnUrl()));
            if (request.saveMethod()) {
                body.add("save_payment_method", true);
            }
        }
        return body.build().toString();
    }

    private static JsonObjectBuilder amount(Amount amount) {
        return Json.createObjectBuilder().add("value", amount.toPlainString()).add("currency", amount.currency().name());
    }

    /** A payment object; refused (IllegalArgumentException) without an id or a known status. */
    public static ProviderPayment payment(String json) {
        return payment(object(json));
    }

    static ProviderPayment payment(JsonObject payment) {
        String id = text(payment, "id").orElseThrow(() -> new IllegalArgumentException("A payment object without an id"));
        ProviderPayment.Status status = text(payment, "status").flatMap(ProviderPayment.Status::of)
                .orElseThrow(() -> new IllegalArgumentException("Payment " + id + " has no known status"));
        JsonObject amount = child(payment, "amount");
        BigDecimal value = text(amount, "value").flatMap(PaymentJson::decimal).orElse(null);
        JsonObject cancellation = child(payment, "cancellation_details");
        JsonObject method = child(payment, "payment_method");
        return new ProviderPayment(id, status, payment.getBoolean("paid", false), value, text(amount, "currency").orElse(null),
                text(child(payment, "metadata"), METADATA_KEY).orElse(null),
                text(child(payment, "confirmation"), "confirmation_url").orElse(null),
                cancellation == null ? null
                        : new ProviderPayment.Cancellation(text(cancellation, "party").orElse(null), text(cancellation, "reason").orElse(null)),
                method == null || text(method, "id").isEmpty() ? null
                        : new ProviderPayment.Method(text(method, "id").get(), method.getBoolean("saved", false),
                        text(method, "title").orElse(null)));
    }

    /** A notification of the acquirer; refused (IllegalArgumentException) when it is not one or names no payment. */
    public static Notification notification(String json) {
        JsonObject body = object(json);
        if (!text(body, "type").filter("notification"::equals).isPresent()) {
            throw new IllegalArgumentException("Not a notification");
        }
        String event = text(body, "event").orElseThrow(() -> new IllegalArgumentException("A notification without an event"));
        String id = text(child(body, "object"), "id").orElseThrow(() -> new IllegalArgumentException("A notification without a payment"));
        return new Notification(event, id);
    }

    /** An error object's code, description and parameter, as far as the body is one. */
    static AcquirerRefusedException error(int status, String json) {
        try {
            JsonObject error = object(json);
            return new AcquirerRefusedException(status, text(error, "code").orElse("http_" + status),
                    text(error, "description").orElse(""), text(error, "parameter").orElse(null));
        } catch (IllegalArgumentException notJson) {
            return new AcquirerRefusedException(status, "http_" + status, "", null);
        }
    }

    static JsonObject object(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json == null ? "" : json))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw new IllegalArgumentException("Not a JSON object", e);
        }
    }

    static JsonObject child(JsonObject parent, String name) {
        if (parent == null) {
            return null;
        }
        JsonValue value = parent.get(name);
        return value != null && value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
    }

    static Optional<String> text(JsonObject object, String name) {
        if (object == null) {
            return Optional.empty();
        }
        JsonValue value = object.get(name);
        return value instanceof JsonString string ? Optional.of(string.getString()) : Optional.empty();
    }

    static Optional<BigDecimal> decimal(String text) {
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
