package org.cardhub.registry.entity;

import org.cardhub.cards.entity.Barcode;
import org.cardhub.cards.entity.CardNumber;

import java.util.regex.Pattern;

/**
 * What a string typed into the back office's card search means, by its shape: 16–19 digits that pass the Luhn check a
 * full card number ({@link CardNumber}), 13 digits that pass the EAN-13 check a barcode ({@link Barcode}), 8 digits a
 * pupil's school contract number ({@code SchoolContractNumber}), 4 digits the last four of a card number, anything with
 * a letter part of the holder's name. Blanks and hyphens between digits are ignored, as numbers are printed in groups.
 * {@link #toString()} and {@link #shown()} mask a full number: it never reaches a log or a page.
 */
public record CardQuery(Kind kind, String value) {

    public enum Kind { NUMBER, LAST_FOUR, BARCODE, SCHOOL_NUMBER, HOLDER_NAME }

    public static final int MIN_NAME = 2;
    public static final int MAX_NAME = 200;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\u00a0\u202f-]");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");

    public static CardQuery of(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new RegistryRefusal(RegistryRefusal.Code.QUERY_EMPTY, "Nothing to search for");
        }
        String digits = SEPARATORS.matcher(text).replaceAll("");
        if (DIGITS.matcher(digits).matches()) {
            return ofDigits(digits);
        }
        String name = text.replaceAll("\\s+", " ");
        if (name.length() < MIN_NAME) {
            throw new RegistryRefusal(RegistryRefusal.Code.NAME_TOO_SHORT, "A holder's name needs " + MIN_NAME + " letters");
        }
        if (name.length() > MAX_NAME) {
            throw new RegistryRefusal(RegistryRefusal.Code.NAME_TOO_LONG, "A holder's name is at most " + MAX_NAME + " long");
        }
        return new CardQuery(Kind.HOLDER_NAME, name);
    }

    private static CardQuery ofDigits(String digits) {
        int length = digits.length();
        if (length == 4) {
            return new CardQuery(Kind.LAST_FOUR, digits);
        }
        if (length == 8) {
            return new CardQuery(Kind.SCHOOL_NUMBER, digits);
        }
        if (length == 13) {
            if (!Barcode.isValid(digits)) {
                throw new RegistryRefusal(RegistryRefusal.Code.BARCODE_CHECKSUM, "Barcode " + digits + " fails the EAN-13 check");
            }
            return new CardQuery(Kind.BARCODE, digits);
        }
        if (length >= 16 && length <= 19) {
            if (!CardNumber.isValid(digits)) {
                throw new RegistryRefusal(RegistryRefusal.Code.NUMBER_CHECKSUM,
                        "Card number " + masked(digits) + " fails the Luhn check");
            }
            return new CardQuery(Kind.NUMBER, digits);
        }
        throw new RegistryRefusal(RegistryRefusal.Code.DIGITS_UNKNOWN, length + " digits name no card");
    }

    /** What may be written down or shown again: a full number masked, anything else as it is. */
    public String shown() {
        return kind == Kind.NUMBER ? masked(value) : value;
    }

    private static String masked(String digits) {
        return digits.substring(0, 6) + "*".repeat(digits.length() - 10) + digits.substring(digits.length() - 4);
    }

    @Override
    public String toString() {
        return kind + ":" + shown();
    }
}
