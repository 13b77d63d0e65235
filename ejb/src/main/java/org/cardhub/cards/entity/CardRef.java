package org.cardhub.cards.entity;


/**
 * How a request names a card: its number (16–19 digits, Luhn), its 13-digit barcode, a pupil's 8-digit
 * school contract number, or Cardhub's own id.
 */
public record CardRef(Kind kind, String value) {

    public enum Kind { PAN, BARCODE, SCHOOL_CONTRACT, ID }

    public CardRef {
        if (kind == null || value == null || value.isBlank()) {
            throw new InvalidCardIdentifierException(InvalidCardIdentifierException.Code.REFERENCE_FORMAT, "No card given");
        }
    }

    /** Reads whatever a terminal or partner sent: 8 digits a school contract, 13 a barcode, 16–19 a card number. */
    public static CardRef parse(String text) {
        String digits = text == null ? "" : text.strip();
        if (!digits.matches("\\d+")) {
            throw new InvalidCardIdentifierException(InvalidCardIdentifierException.Code.REFERENCE_FORMAT,
                    "A card is given by its number, barcode or school contract number (digits only)");
        }
        return switch (digits.length()) {
            case 8 -> new CardRef(Kind.SCHOOL_CONTRACT, SchoolContractNumber.of(digits).value());
            case 13 -> new CardRef(Kind.BARCODE, Barcode.of(digits).digits());
            default -> new CardRef(Kind.PAN, CardNumber.of(digits).digits());
        };
    }

    public static CardRef id(long cardId) {
        return new CardRef(Kind.ID, Long.toString(cardId));
    }

    @Override
    public String toString() {
        return kind == Kind.PAN ? CardNumber.of(value).masked() : kind + ":" + value;
    }
}
