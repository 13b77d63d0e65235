package org.cardhub.organizations.entity;

import static org.cardhub.organizations.entity.InvalidRequisiteException.Code.KPP_FORMAT;

import java.util.regex.Pattern;

/**
 * Tax registration reason code (КПП) of an organisation: the tax office (4 digits), the reason
 * (2 digits or capital Latin letters) and a serial number (3 digits). It has no check digit.
 */
public record Kpp(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{4}[0-9A-Z]{2}[0-9]{3}");

    public Kpp {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidRequisiteException(KPP_FORMAT,
                    "A KPP is 4 digits, 2 digits or capital Latin letters, 3 digits: "
                            + (value == null ? "null" : "'" + value + "'"));
        }
    }

    public static Kpp of(String value) {
        return new Kpp(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
