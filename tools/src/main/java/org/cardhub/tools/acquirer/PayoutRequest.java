package org.cardhub.tools.acquirer;

import jakarta.json.JsonObject;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /payouts} to a bank card by its number, checked as YooKassa checks it: an amount in roubles
 * with at most two decimals, {@code payout_destination_data} of type {@code bank_card} with a card number of 16 to 19
 * digits that passes the Luhn check, an optional description of at most 128 characters and metadata.
 */
record PayoutRequest(BigDecimal amount, String cardNumber, String description, JsonObject metadata) {

    private static final Pattern NUMBER = Pattern.compile("\\d{16,19}");
    private static final int DESCRIPTION_LIMIT = 128;

    static PayoutRequest from(JsonObject body) throws InvalidRequestException {
        BigDecimal amount = PaymentRequest.amount(body);
        if (!(body.get("payout_destination_data") instanceof JsonObject destination)) {
            throw new InvalidRequestException("payout_destination_data",
                    "payout_destination_data is missing: {\"type\":\"bank_card\",\"card\":{\"number\":\"…\"}}.");
        }
        if (!"bank_card".equals(PaymentRequest.optionalText(destination, "type", "payout_destination_data.type"))) {
            throw new InvalidRequestException("payout_destination_data.type", "Only payouts to a bank_card are emulated.");
        }
        String number = destination.get("card") instanceof JsonObject card
                ? PaymentRequest.optionalText(card, "number", "payout_destination_data.card.number") : null;
        if (number == null || !NUMBER.matcher(number).matches() || !passesLuhn(number)) {
            throw new InvalidRequestException("payout_destination_data.card.number",
                    "The card number must be 16 to 19 digits that pass the Luhn check.");
        }
        String description = PaymentRequest.optionalText(body, "description", "description");
        if (description != null && description.length() > DESCRIPTION_LIMIT) {
            throw new InvalidRequestException("description",
                    "The description is longer than " + DESCRIPTION_LIMIT + " characters.");
        }
        return new PayoutRequest(amount, number, description, PaymentRequest.metadata(body));
    }

    static boolean passesLuhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
