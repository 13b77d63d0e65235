package org.cardhub.parent;

import org.cardhub.cabinet.Formats;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

/**
 * Roubles as a parent types them on the money pages — {@code 1 500,50}, {@code 100}, {@code 99.9}: blanks and a decimal
 * comma allowed, at most two decimals. Refused with {@link org.cardhub.money.InvalidAmountException}, whose code names
 * the problem (a format, a third decimal, zero or less, too large).
 */
final class TypedRoubles {

    private TypedRoubles() {
    }

    /** An amount to move: more than zero. */
    static Amount toMove(String text) {
        return Formats.typed(text, Currency.RUB);
    }

    /** A limit: empty for none; zero and below are read, so that the rules can say what is wrong with them. */
    static Amount limit(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Amount.parse(plain(text), Currency.RUB);
    }

    /** A limit as its field shows it: {@code 300,00} in Russian, {@code 300.00} in English; empty for none. */
    static String shown(Amount limit, boolean russian) {
        if (limit == null) {
            return null;
        }
        return russian ? limit.toPlainString().replace('.', ',') : limit.toPlainString();
    }

    private static String plain(String text) {
        return text.replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
    }
}
