package org.cardhub.organizations.entity;

import static org.cardhub.organizations.entity.InvalidRequisiteException.Code.BIK_FORMAT;

import java.util.regex.Pattern;

/**
 * Bank identification code (БИК) of a credit institution or Bank of Russia division: 9 digits,
 * country code "04" first, then the region (digits 3–4), the division (5–6) and the institution's
 * conditional number (7–9). The Federal Treasury's BIKs starting with "00" (since 2021) are not
 * accepted: cardholders' banks are credit institutions.
 */
public record Bik(String value) {

    private static final Pattern FORMAT = Pattern.compile("04[0-9]{7}");

    public Bik {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidRequisiteException(BIK_FORMAT, "A BIK is 9 digits starting with 04: "
                    + (value == null ? "null" : "'" + value + "'"));
        }
    }

    public static Bik of(String value) {
        return new Bik(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** Digits 7–9: the credit institution's conditional number, which keys its clients' accounts. */
    String institutionNumber() {
        return value.substring(6);
    }

    /** "0" and digits 5–6: the Bank of Russia division's number, which keys correspondent accounts. */
    String divisionNumber() {
        return "0" + value.substring(4, 6);
    }

    @Override
    public String toString() {
        return value;
    }
}
