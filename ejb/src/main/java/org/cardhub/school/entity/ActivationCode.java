package org.cardhub.school.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The activation code a parent types from the school's letter, as the card was given it: letters, digits and dashes,
 * compared without regard to case or surrounding blanks. The comparison takes the same time wherever the codes differ,
 * so the time of an answer tells nothing of how close a guess was.
 */
public record ActivationCode(String value) {

    public static final int MAX_LENGTH = 32;
    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9-]{1," + MAX_LENGTH + "}");

    public ActivationCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new LinkRefusal(LinkRefusal.Code.ACTIVATION_CODE_FORMAT,
                    "An activation code is 1 to " + MAX_LENGTH + " letters, digits or dashes");
        }
    }

    /** The code as typed: blanks around it dropped, letters in upper case. */
    public static ActivationCode typed(String text) {
        return new ActivationCode(text == null ? null : text.strip().toUpperCase(Locale.ROOT));
    }

    public static boolean isValid(String text) {
        return text != null && FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT)).matches();
    }

    /** Whether the card's code is this one; a card without a code matches none. */
    public boolean matches(String cardsCode) {
        byte[] typed = value.getBytes(StandardCharsets.UTF_8);
        byte[] expected = (cardsCode == null ? "" : cardsCode.strip().toUpperCase(Locale.ROOT)).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(typed, expected) && expected.length > 0;
    }

    @Override
    public String toString() {
        return "ActivationCode[hidden]";
    }
}
