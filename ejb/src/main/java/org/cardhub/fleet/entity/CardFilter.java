package org.cardhub.fleet.entity;

import org.cardhub.cards.entity.CardStatus;

import java.io.Serializable;
import java.util.Locale;

/**
 * What a fleet manager narrows a contract's cards to; a blank or null part matches everything.
 *
 * @param holder     part of the holder's name, the vehicle, its plate or the driver (a plate, a model, a surname),
 *                   ignoring case
 * @param lastDigits how the card number ends (its last digits; anything else matches no card)
 * @param status     the status, or null for any card still in the fleet (not replaced by a reissue)
 * @param groupId    the card group, or null for cards of any group or none
 */
public record CardFilter(String holder, String lastDigits, CardStatus status, Long groupId) implements Serializable {

    public static final CardFilter NONE = new CardFilter(null, null, null, null);

    public CardFilter {
        holder = holder == null || holder.isBlank() ? null : holder.strip();
        lastDigits = lastDigits == null || lastDigits.isBlank() ? null : lastDigits.strip();
    }

    public CardFilter(String holder, String lastDigits, CardStatus status) {
        this(holder, lastDigits, status, null);
    }

    /** A LIKE pattern matching the holder anywhere, lower case, with {@code !} escaping the wildcards. */
    public String holderPattern() {
        return "%" + escaped(holder.toLowerCase(Locale.ROOT)) + "%";
    }

    public String lastDigitsPattern() {
        return "%" + escaped(lastDigits);
    }

    private static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
