package org.cardhub.acquiring.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;

import static org.cardhub.acquiring.entity.InvalidTopUpException.Code.AMOUNT_FORMAT;
import static org.cardhub.acquiring.entity.InvalidTopUpException.Code.AMOUNT_SCALE;
import static org.cardhub.acquiring.entity.InvalidTopUpException.Code.AMOUNT_TOO_LARGE;
import static org.cardhub.acquiring.entity.InvalidTopUpException.Code.AMOUNT_TOO_SMALL;

/**
 * The amounts a bank-card top-up may credit: from {@link #MINIMUM} to {@link #MAXIMUM} roubles, in kopecks at most, as
 * people type them ({@code 1 000,50}, {@code 1000.5}).
 */
public final class TopUpAmount {

    public static final Amount MINIMUM = Amount.parse("10.00", Currency.RUB);
    public static final Amount MAXIMUM = Amount.parse("15000.00", Currency.RUB);

    private TopUpAmount() {
    }

    /** A typed top-up amount within the range; refused with the field's error code otherwise. */
    public static Amount parse(String typed) {
        return requireWithin(money(typed));
    }

    public static Amount requireWithin(Amount amount) {
        if (amount.currency() != Currency.RUB) {
            throw new InvalidTopUpException(AMOUNT_FORMAT, "A top-up is in roubles, not " + amount.currency());
        }
        if (amount.isLessThan(MINIMUM)) {
            throw new InvalidTopUpException(AMOUNT_TOO_SMALL, "A top-up is at least " + MINIMUM + ", not " + amount);
        }
        if (amount.isGreaterThan(MAXIMUM)) {
            throw new InvalidTopUpException(AMOUNT_TOO_LARGE, "A top-up is at most " + MAXIMUM + ", not " + amount);
        }
        return amount;
    }

    /**
     * A typed amount of roubles, zero or more, with at most two decimals: blanks (also no-break ones) and a decimal
     * comma allowed, a sign, letters or a grouping comma not.
     */
    public static Amount money(String typed) {
        String plain = typed == null ? "" : typed.replaceAll("[\\s\u00a0\u202f]", "").replace(',', '.');
        try {
            Amount amount = Amount.parse(plain, Currency.RUB);
            if (amount.isNegative()) {
                throw new InvalidTopUpException(AMOUNT_FORMAT, "Not an amount of money: '" + typed + "'");
            }
            return amount;
        } catch (InvalidAmountException e) {
            throw switch (e.code()) {
                case AMOUNT_SCALE -> new InvalidTopUpException(AMOUNT_SCALE, "Roubles have two decimals: '" + typed + "'");
                case AMOUNT_TOO_LARGE -> new InvalidTopUpException(AMOUNT_TOO_LARGE, "Too large: '" + typed + "'");
                default -> new InvalidTopUpException(AMOUNT_FORMAT, "Not an amount of money: '" + typed + "'");
            };
        }
    }
}
