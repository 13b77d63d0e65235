package org.cardhub.cards.entity;

import static org.cardhub.cards.entity.InvalidCardIdentifierException.Code.CONTRACT_NUMBER_FORMAT;

import java.util.regex.Pattern;

/**
 * The 8-digit contract number of a pupil's card, with which a parent links the child in the cabinet.
 * Leading zeros are significant, so it stays a string. It carries no check digit.
 */
public record SchoolContractNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{8}");

    public SchoolContractNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidCardIdentifierException(CONTRACT_NUMBER_FORMAT, "A school contract number is 8 digits: "
                    + (value == null ? "null" : "'" + value + "'"));
        }
    }

    public static SchoolContractNumber of(String value) {
        return new SchoolContractNumber(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
