package org.cardhub.center;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;

import java.util.Optional;

/**
 * Roubles as the centre types a price — {@code 1 500}, {@code 4000,50}: blanks and a decimal comma allowed. Zero and
 * below are read, so that the rules can say what is wrong with them; what is not a sum of roubles at all is empty.
 */
final class TypedPrice {

    private TypedPrice() {
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The sum typed; empty when nothing or no sum of roubles was typed. */
    static Optional<Amount> read(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Amount.parse(text.replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.'), Currency.RUB));
        } catch (InvalidAmountException notASum) {
            return Optional.empty();
        }
    }

    /** A price as its field shows it: {@code 1500,00} in Russian, {@code 1500.00} in English; empty for none. */
    static String shown(Amount price, boolean russian) {
        if (price == null) {
            return null;
        }
        return russian ? price.toPlainString().replace('.', ',') : price.toPlainString();
    }
}
