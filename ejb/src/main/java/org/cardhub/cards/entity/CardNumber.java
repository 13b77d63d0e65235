package org.cardhub.cards.entity;

import static org.cardhub.cards.entity.InvalidCardIdentifierException.Code.BIN_FORMAT;
import static org.cardhub.cards.entity.InvalidCardIdentifierException.Code.PAN_CHECKSUM;
import static org.cardhub.cards.entity.InvalidCardIdentifierException.Code.PAN_FORMAT;
import static org.cardhub.cards.entity.InvalidCardIdentifierException.Code.PAN_SEQUENCE;

import java.util.regex.Pattern;

/**
 * A card's primary account number (PAN): 16 to 19 digits, the last being the Luhn check digit.
 * {@link #toString()} gives the masked form, so a PAN never reaches a log by accident; only
 * {@link #digits()} reveals it, for tokenising or hashing.
 */
public record CardNumber(String digits) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{16,19}");
    private static final Pattern BIN = Pattern.compile("[0-9]{6}|[0-9]{8}");
    private static final int GENERATED_LENGTH = 16;

    public CardNumber {
        if (digits == null || !FORMAT.matcher(digits).matches()) {
            throw new InvalidCardIdentifierException(PAN_FORMAT, "A card number is 16 to 19 digits");
        }
        if (luhnSum(digits) % 10 != 0) {
            throw new InvalidCardIdentifierException(PAN_CHECKSUM,
                    "Card number " + mask(digits) + " fails the Luhn check");
        }
    }

    public static CardNumber of(String digits) {
        return new CardNumber(digits);
    }

    public static boolean isValid(String digits) {
        return digits != null && FORMAT.matcher(digits).matches() && luhnSum(digits) % 10 == 0;
    }

    /**
     * A 16-digit PAN: the 6- or 8-digit BIN, the sequence number zero-padded to fill the middle,
     * and the Luhn check digit.
     */
    public static CardNumber generate(String bin, long sequence) {
        if (bin == null || !BIN.matcher(bin).matches()) {
            throw new InvalidCardIdentifierException(BIN_FORMAT, "A BIN is 6 or 8 digits");
        }
        int width = GENERATED_LENGTH - 1 - bin.length();
        if (sequence < 0 || String.valueOf(sequence).length() > width) {
            throw new InvalidCardIdentifierException(PAN_SEQUENCE,
                    "Sequence " + sequence + " does not fit in " + width + " digits after BIN " + bin);
        }
        String payload = bin + String.format("%0" + width + "d", sequence);
        int checkDigit = (10 - luhnSum(payload + "0") % 10) % 10;
        return new CardNumber(payload + checkDigit);
    }

    /** First six digits: the issuer identification number. */
    public String bin() {
        return digits.substring(0, 6);
    }

    public String last4() {
        return digits.substring(digits.length() - 4);
    }

    /** E.g. {@code 700599******0017}: first six and last four digits, the rest starred. */
    public String masked() {
        return mask(digits);
    }

    @Override
    public String toString() {
        return masked();
    }

    private static String mask(String digits) {
        return digits.substring(0, 6) + "*".repeat(digits.length() - 10) + digits.substring(digits.length() - 4);
    }

    // Doubles every second digit from the right (the check digit itself is not doubled).
    private static int luhnSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum;
    }
}
