package org.cardhub.wallets.entity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Russian mobile number in its one normal form, {@code +79XXXXXXXXX}: the login of a wallet and where its codes go.
 * People write it in many ways — «8 900 123-45-67», «+7 (900) 123 45 67», «79001234567», «900 123 45 67» — so blanks,
 * dashes and brackets are dropped and a leading 8 or 7 (or +7) read as the country code; anything else, a landline
 * (not 9 after the country code) or another country's number, is refused as malformed.
 */
public record PhoneNumber(String value) {

    private static final Pattern NORMAL = Pattern.compile("\\+79[0-9]{9}");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0()\\-]");
    private static final Pattern WRITTEN = Pattern.compile("(?:\\+7|8|7)?(9[0-9]{9})");
    private static final int MAX_WRITTEN = 32;

    public PhoneNumber {
        if (value == null || !NORMAL.matcher(value).matches()) {
            throw malformed();
        }
    }

    /** The number as a person typed it. */
    public static PhoneNumber parse(String written) {
        if (written == null || written.length() > MAX_WRITTEN) {
            throw malformed();
        }
        Matcher digits = WRITTEN.matcher(SEPARATORS.matcher(written).replaceAll(""));
        if (!digits.matches()) {
            throw malformed();
        }
        return new PhoneNumber("+7" + digits.group(1));
    }

    /** The number as a page shows it to anyone but its holder: {@code +7 900 ***-**-67}. */
    public String masked() {
        return "+7 " + value.substring(2, 5) + " ***-**-" + value.substring(10);
    }

    private static PhoneCodeRefusal malformed() {
        return new PhoneCodeRefusal(PhoneCodeRefusal.Code.PHONE_INVALID,
                "A phone is a Russian mobile number: +7 9XX XXX-XX-XX or 8 9XX XXX-XX-XX");
    }

    @Override
    public String toString() {
        return value;
    }
}
