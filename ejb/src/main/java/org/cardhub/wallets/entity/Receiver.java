package org.cardhub.wallets.entity;

import java.io.Serializable;

/**
 * Whom a transfer goes to, as the sender's confirmation shows them: a wallet by its phone or a pupil's card (at school
 * or at an education centre) by its 8-digit number, and the receiver's name masked («Алексей С.») — all a guessed
 * number reveals.
 */
public record Receiver(Kind kind, String reference, String maskedName) implements Serializable {

    public enum Kind {
        WALLET,
        SCHOOL_CARD,
        /** A centre pupil's card, by its 8-digit number: its main purse is the balance the subscriptions draw from. */
        LESSON_CARD
    }

    /** A name as a stranger may see it: its first word, and the initials of the others. */
    public static String masked(String name) {
        String[] words = name == null ? new String[0] : name.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return "";
        }
        StringBuilder masked = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) {
            masked.append(' ').append(words[i].charAt(0)).append('.');
        }
        return masked.toString();
    }
}
