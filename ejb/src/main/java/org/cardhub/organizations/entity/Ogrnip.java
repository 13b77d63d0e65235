package org.cardhub.organizations.entity;

import static org.cardhub.organizations.entity.InvalidRequisiteException.Code.OGRNIP_CHECKSUM;
import static org.cardhub.organizations.entity.InvalidRequisiteException.Code.OGRNIP_FORMAT;

import java.util.regex.Pattern;

/**
 * Primary state registration number of an individual entrepreneur (ОГРНИП): 15 digits starting with 3;
 * the last is (first 14 digits as a number mod 13) mod 10.
 */
public record Ogrnip(String value) {

    private static final Pattern FORMAT = Pattern.compile("3[0-9]{14}");

    public Ogrnip {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidRequisiteException(OGRNIP_FORMAT, "An OGRNIP is 15 digits starting with 3: "
                    + (value == null ? "null" : "'" + value + "'"));
        }
        if (Long.parseLong(value.substring(0, 14)) % 13 % 10 != value.charAt(14) - '0') {
            throw new InvalidRequisiteException(OGRNIP_CHECKSUM, "OGRNIP check digit does not match: " + value);
        }
    }

    public static Ogrnip of(String value) {
        return new Ogrnip(value);
    }

    public static boolean isValid(String value) {
        try {
            new Ogrnip(value);
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
