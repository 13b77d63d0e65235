package org.cardhub.tools.acquirer;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /payments}, checked as YooKassa checks it: an amount in roubles with at most two decimals,
 * one-stage ({@code capture: true}), and either a redirect confirmation with a {@code return_url} or the id of a saved
 * payment method (a recurring charge).
 */
record PaymentRequest(BigDecimal amount, String description, JsonObject metadata, String returnUrl,
                      boolean savePaymentMethod, String paymentMethodId) {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,10}(\\.\\d{1,2})?");
    private static final int DESCRIPTION_LIMIT = 128;
    private static final int METADATA_KEYS = 16;

    boolean recurring() {
        return paymentMethodId != null;
    }

    static PaymentRequest from(JsonObject body) throws InvalidRequestException {
        BigDecimal amount = amount(body);
        if (!isTrue(body.get("capture"))) {
            throw new InvalidRequestException("capture",
                    "Only one-stage payments are emulated: send \"capture\": true.");
        }
        String description = optionalText(body, "description", "description");
        if (description != null && description.length() > DESCRIPTION_LIMIT) {
            throw new InvalidRequestException("description",
                    "The description is longer than " + DESCRIPTION_LIMIT + " characters.");
        }
        JsonObject metadata = metadata(body);
        JsonValue save = body.get("save_payment_method");
        if (save != null && !isBoolean(save)) {
            throw new InvalidRequestException("save_payment_method", "save_payment_method must be true or false.");
        }
        String methodId = optionalText(body, "payment_method_id", "payment_method_id");
        if (methodId != null) {
            if (methodId.isBlank()) {
                throw new InvalidRequestException("payment_method_id", "payment_method_id is empty.");
            }
            return new PaymentRequest(amount, description, metadata, null, false, methodId);
        }
        return new PaymentRequest(amount, description, metadata, returnUrl(body), isTrue(save), null);
    }

    static BigDecimal amount(JsonObject body) throws InvalidRequestException {
        if (!(body.get("amount") instanceof JsonObject amount)) {
            throw new InvalidRequestException("amount",
                    "The amount is missing: {\"value\":\"100.00\",\"currency\":\"RUB\"}.");
        }
        JsonValue value = amount.get("value");
        String text = value instanceof JsonString string ? string.getString()
                : value instanceof JsonNumber number ? number.toString() : null;
        if (text == null || !AMOUNT.matcher(text.strip()).matches()) {
            throw new InvalidRequestException("amount.value",
                    "The amount's value must be a positive number with at most two decimals, like \"1015.00\".");
        }
        BigDecimal roubles = new BigDecimal(text.strip()).setScale(2);
        if (roubles.signum() <= 0) {
            throw new InvalidRequestException("amount.value", "The amount's value must be more than zero.");
        }
        JsonValue currency = amount.get("currency");
        if (!(currency instanceof JsonString code) || !code.getString().equals("RUB")) {
            throw new InvalidRequestException("amount.currency", "The shop accepts roubles only: currency RUB.");
        }
        return roubles;
    }

    static JsonObject metadata(JsonObject body) throws InvalidRequestException {
        JsonValue value = body.get("metadata");
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonObject metadata) || metadata.size() > METADATA_KEYS
                || !metadata.values().stream().allMatch(JsonString.class::isInstance)) {
            throw new InvalidRequestException("metadata",
                    "metadata must be an object of at most " + METADATA_KEYS + " text values.");
        }
        return metadata;
    }

    private static String returnUrl(JsonObject body) throws InvalidRequestException {
        if (!(body.get("confirmation") instanceof JsonObject confirmation)) {
            throw new InvalidRequestException("confirmation",
                    "Either a confirmation {\"type\":\"redirect\",\"return_url\":…} or a payment_method_id is needed.");
        }
        if (!"redirect".equals(optionalText(confirmation, "type", "confirmation.type"))) {
            throw new InvalidRequestException("confirmation.type", "Only the redirect confirmation is emulated.");
        }
        String url = optionalText(confirmation, "return_url", "confirmation.return_url");
        if (url == null || !isWebAddress(url)) {
            throw new InvalidRequestException("confirmation.return_url",
                    "return_url must be the http(s) address the payer is sent back to.");
        }
        return url;
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return url.length() <= 2048 && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static String optionalText(JsonObject object, String name, String parameter)
            throws InvalidRequestException {
        JsonValue value = object.get(name);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw new InvalidRequestException(parameter, parameter + " must be text.");
        }
        return text.getString();
    }

    private static boolean isBoolean(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE;
    }

    private static boolean isTrue(JsonValue value) {
        return value != null && value.getValueType() == JsonValue.ValueType.TRUE;
    }
}
