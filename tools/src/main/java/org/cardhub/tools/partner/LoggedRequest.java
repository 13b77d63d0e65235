package org.cardhub.tools.partner;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.Locale;

/**
 * One line of the partner load's requests log: a logical request after its last attempt. {@code status} is null
 * when the last attempt got no HTTP answer ({@code failure} says why), {@code result} is the answer as {@link
 * Target.Answer#result()} reads it, {@code id} the journal entry the answer names; {@code replay} marks a repeat of
 * an earlier credited request under its key ({@code --duplicates}).
 */
record LoggedRequest(String target, String client, String phase, String key, String account, String amount,
        boolean replay, int attempts, Integer status, String result, boolean credited, String failure, Long id) {

    static LoggedRequest of(Target target, String client, String phase, Delivery delivery) {
        Call call = delivery.call();
        Target.Answer answer = delivery.answer();
        return new LoggedRequest(target.name().toLowerCase(Locale.ROOT), client, phase, call.key(), call.account(),
                call.amount(), call.replay(), delivery.attempts(), answer == null ? null : answer.status(),
                answer == null ? null : answer.result(), answer != null && answer.credited(), delivery.failure(),
                delivery.topUpId());
    }

    Target targetKind() {
        return Target.named(target);
    }

    /**
     * The application's idempotency scope of the request's key: {@code partner:CLIENT} for REST top-ups
     * (Partners.scope), {@code agent:CLIENT} for agent pays (AgentPayments.scope).
     */
    String scope() {
        return (targetKind() == Target.REST ? "partner:" : "agent:") + client;
    }

    /** Whether the last answer was a final refusal (see {@link Target#refusal}). */
    boolean refused() {
        return status != null && !credited && targetKind().refusal(status, result);
    }

    String toJson() {
        JsonObjectBuilder line = Json.createObjectBuilder()
                .add("target", target).add("client", client).add("phase", phase).add("key", key)
                .add("account", account).add("amount", amount).add("replay", replay).add("attempts", attempts);
        if (status == null) {
            line.addNull("status");
        } else {
            line.add("status", status);
        }
        nullable(line, "result", result);
        line.add("credited", credited);
        nullable(line, "failure", failure);
        if (id == null) {
            line.addNull("id");
        } else {
            line.add("id", id);
        }
        return line.build().toString();
    }

    /** A log line as written by {@link #toJson()}; an {@link IllegalArgumentException} says what is wrong. */
    static LoggedRequest parse(String line) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(line))) {
            json = reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String target = text(json, "target", true);
        try {
            Target.named(target);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("target '" + target + "' is neither rest nor agent");
        }
        JsonNumber status = number(json, "status", false);
        JsonNumber id = number(json, "id", false);
        return new LoggedRequest(target, text(json, "client", true), text(json, "phase", true),
                text(json, "key", true), text(json, "account", true), text(json, "amount", true),
                flag(json, "replay"), (int) whole(number(json, "attempts", true), "attempts"),
                status == null ? null : (int) whole(status, "status"), text(json, "result", false),
                flag(json, "credited"), text(json, "failure", false), id == null ? null : whole(id, "id"));
    }

    private static void nullable(JsonObjectBuilder line, String name, String value) {
        if (value == null) {
            line.addNull(name);
        } else {
            line.add(name, value);
        }
    }

    private static String text(JsonObject json, String name, boolean required) {
        JsonValue value = json.get(name);
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (!required && (value == null || value == JsonValue.NULL)) {
            return null;
        }
        throw new IllegalArgumentException("\"" + name + "\" is " + (value == null ? "missing" : "not text"));
    }

    private static boolean flag(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value == JsonValue.TRUE;
        }
        throw new IllegalArgumentException("\"" + name + "\" is " + (value == null ? "missing" : "not true or false"));
    }

    private static JsonNumber number(JsonObject json, String name, boolean required) {
        JsonValue value = json.get(name);
        if (!required && (value == null || value == JsonValue.NULL)) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number;
        }
        throw new IllegalArgumentException("\"" + name + "\" is " + (value == null ? "missing" : "not a number"));
    }

    private static long whole(JsonNumber number, String name) {
        if (!number.isIntegral()) {
            throw new IllegalArgumentException("\"" + name + "\" is not a whole number");
        }
        return number.longValue();
    }
}
