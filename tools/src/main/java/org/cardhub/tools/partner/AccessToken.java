package org.cardhub.tools.partner;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;

/**
 * A bearer token from Keycloak's token endpoint and when it stops being usable. It is renewed a margin before it
 * expires (a third of its life, at most a minute), so that no request goes out with a token about to lapse.
 */
record AccessToken(String value, Instant expiresAt, Instant renewAt) {

    private static final Duration MAX_MARGIN = Duration.ofMinutes(1);

    /** Reads the token endpoint's answer, received at {@code now}. */
    static AccessToken of(String tokenResponse, Instant now) {
        JsonObject json;
        try (JsonReader reader = Json.createReader(new StringReader(tokenResponse))) {
            json = reader.readObject();
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the token endpoint did not answer with JSON: " + abbreviated(tokenResponse), e);
        }
        if (!json.containsKey("access_token") || json.get("access_token").getValueType() != JsonValue.ValueType.STRING) {
            throw new IllegalArgumentException("the token endpoint gave no access_token: " + abbreviated(tokenResponse));
        }
        long lifetime = json.containsKey("expires_in") && json.get("expires_in").getValueType() == JsonValue.ValueType.NUMBER
                ? json.getJsonNumber("expires_in").longValue() : 60;
        Duration life = Duration.ofSeconds(Math.max(1, lifetime));
        Duration margin = life.dividedBy(3).compareTo(MAX_MARGIN) > 0 ? MAX_MARGIN : life.dividedBy(3);
        Instant expires = now.plus(life);
        return new AccessToken(json.getString("access_token"), expires, expires.minus(margin));
    }

    boolean dueForRenewal(Instant now) {
        return !now.isBefore(renewAt);
    }

    private static String abbreviated(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
