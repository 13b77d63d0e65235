package org.cardhub.school.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The activation code a parent types from the school's letter, as the card was given it: letters, digits and dashes,
 * compared without regard to case or surrounding blanks. A card keeps only the keyed hash of its code, so the typed code
 * is hashed under the same key and the hashes compared; the comparison takes the same time wherever they differ, and the
 * code is hashed even when there is no card, so the time of an answer tells nothing of how close a guess was.
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

    /** Whether the card's stored hash is this code's under {@code keyedHash}; a card without a code matches none. */
    public boolean matches(String cardsCodeHash, UnaryOperator<String> keyedHash) {
        byte[] typed = keyedHash.apply(value).getBytes(StandardCharsets.UTF_8);
        byte[] expected = (cardsCodeHash == null ? "" : cardsCodeHash).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(typed, expected) && expected.length > 0;
    }

    @Override
    public String toString() {
        return "ActivationCode[hidden]";
    }
}
