package org.cardhub.cards.entity;

import java.util.Random;

/**
 * The activation codes printed for a school's new pupils: eight characters of an alphabet without the look-alikes a
 * parent would mistype from paper (no 0 and O, no 1, I and L), about 8.5 · 10¹¹ codes, drawn from the random source
 * given (a {@link java.security.SecureRandom} in use).
 */
public final class ActivationCodes {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    static final int LENGTH = 8;

    private ActivationCodes() {
    }

    public static String next(Random random) {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }
}
