package org.cardhub.organizations.entity;

import static org.cardhub.organizations.entity.InvalidRequisiteException.Code.OGRN_CHECKSUM;
import static org.cardhub.organizations.entity.InvalidRequisiteException.Code.OGRN_FORMAT;

import java.util.regex.Pattern;

/**
 * Primary state registration number of a legal entity (ОГРН): 13 digits. The first digit marks the
 * kind of record and is 1 or 5 for an OGRN; the last is (first 12 digits as a number mod 11) mod 10.
 */
public record Ogrn(String value) {

    private static final Pattern FORMAT = Pattern.compile("[15][0-9]{12}");

    public Ogrn {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidRequisiteException(OGRN_FORMAT, "An OGRN is 13 digits starting with 1 or 5: "
                    + (value == null ? "null" : "'" + value + "'"));
        }
        if (Long.parseLong(value.substring(0, 12)) % 11 % 10 != value.charAt(12) - '0') {
            throw new InvalidRequisiteException(OGRN_CHECKSUM, "OGRN check digit does not match: " + value);
        }
    }

    public static Ogrn of(String value) {
        return new Ogrn(value);
    }

    public static boolean isValid(String value) {
        try {
            new Ogrn(value);
            return true;
        } catch (InvalidRequisiteException invalid) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
