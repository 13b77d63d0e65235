package org.cardhub.wallets.entity;

import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * A one-time code as sent or typed: four digits, blanks around a typed one dropped. Its digits are never logged
 * ({@link #toString()} hides them) and never stored; a {@link PhoneCode} keeps their keyed hash.
 */
public record OneTimeCode(String digits) {

    public static final int LENGTH = 4;
    private static final Pattern FORMAT = Pattern.compile("[0-9]{" + LENGTH + "}");
    private static final int BOUND = 10_000;

    public OneTimeCode {
        if (digits == null || !FORMAT.matcher(digits).matches()) {
            throw new PhoneCodeRefusal(PhoneCodeRefusal.Code.CODE_FORMAT, "A code is " + LENGTH + " digits");
        }
    }

    public static OneTimeCode typed(String text) {
        return new OneTimeCode(text == null ? null : text.strip());
    }

    /** A new code, each of the ten thousand equally likely ({@code random} is a {@code SecureRandom} in service). */
    public static OneTimeCode drawn(RandomGenerator random) {
        return new OneTimeCode(String.format("%04d", random.nextInt(BOUND)));
    }

    @Override
    public String toString() {
        return "OneTimeCode[hidden]";
    }
}
