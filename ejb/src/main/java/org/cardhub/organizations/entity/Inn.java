package org.cardhub.organizations.entity;

import static org.cardhub.organizations.entity.InvalidRequisiteException.Code.INN_CHECKSUM;
import static org.cardhub.organizations.entity.InvalidRequisiteException.Code.INN_FORMAT;
import static org.cardhub.organizations.entity.InvalidRequisiteException.Code.INN_LENGTH;

/**
 * Taxpayer identification number (ИНН): 10 digits for an organisation with one check digit, 12 digits
 * for a person (individual entrepreneur, lawyer) with two. Each check digit is the weighted digit sum
 * mod 11, then mod 10.
 */
public record Inn(String value) {

    private static final int[] LEGAL_ENTITY_WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INDIVIDUAL_FIRST_WEIGHTS = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] INDIVIDUAL_SECOND_WEIGHTS = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};

    public Inn {
        if (value == null || value.isEmpty() || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidRequisiteException(INN_FORMAT, "An INN is made of digits only: " + quoted(value));
        }
        if (value.length() == 10) {
            requireCheckDigit(value, LEGAL_ENTITY_WEIGHTS);
        } else if (value.length() == 12) {
            requireCheckDigit(value, INDIVIDUAL_FIRST_WEIGHTS);
            requireCheckDigit(value, INDIVIDUAL_SECOND_WEIGHTS);
        } else {
            throw new InvalidRequisiteException(INN_LENGTH,
                    "An INN has 10 digits (organisation) or 12 (person), not " + value.length());
        }
    }

    public static Inn of(String value) {
        return new Inn(value);
    }

    public static boolean isValid(String value) {
        try {
            new Inn(value);
            return true;
        } catch (InvalidRequisiteException invalid) {
            return false;
        }
    }

    /** True for the 10-digit INN of an organisation, false for the 12-digit INN of a person. */
    public boolean isLegalEntity() {
        return value.length() == 10;
    }

    @Override
    public String toString() {
        return value;
    }

    // The digit after the weighted ones is the check digit.
    private static void requireCheckDigit(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        if (sum % 11 % 10 != digits.charAt(weights.length) - '0') {
            throw new InvalidRequisiteException(INN_CHECKSUM, "INN check digit does not match: " + digits);
        }
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
