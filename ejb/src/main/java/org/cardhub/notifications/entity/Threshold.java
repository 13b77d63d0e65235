package org.cardhub.notifications.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;

import java.util.Optional;

/**
 * A low-balance threshold as a parent types it: roubles with at most two decimals, zero or more, a comma or a point,
 * blanks between thousands; blank for none.
 */
public final class Threshold {

    /** A threshold above a million roubles is a typing mistake, not a wish. */
    static final Amount MAX = Amount.ofMinorUnits(1_000_000_00L, Currency.RUB);

    private Threshold() {
    }

    /** The threshold typed into {@code field}; empty for a blank one; refused as malformed otherwise. */
    public static Optional<Amount> typed(String text, String field) {
        String plain = text == null ? "" : text.replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.').replace("₽", "");
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        Amount amount;
        try {
            amount = Amount.parse(plain, Currency.RUB);
        } catch (InvalidAmountException e) {
            throw refused(field, switch (e.code()) {
                case AMOUNT_SCALE -> InvalidNoticeSettingsException.Code.THRESHOLD_SCALE;
                case AMOUNT_TOO_LARGE -> InvalidNoticeSettingsException.Code.THRESHOLD_TOO_LARGE;
                default -> InvalidNoticeSettingsException.Code.THRESHOLD_FORMAT;
            });
        }
        return Optional.of(checked(amount, field));
    }

    /** A threshold given as an amount: zero or more roubles, up to {@link #MAX}. */
    public static Amount checked(Amount amount, String field) {
        if (amount.currency() != Currency.RUB) {
            throw refused(field, InvalidNoticeSettingsException.Code.THRESHOLD_FORMAT);
        }
        if (amount.isNegative()) {
            throw refused(field, InvalidNoticeSettingsException.Code.THRESHOLD_NEGATIVE);
        }
        if (amount.isGreaterThan(MAX)) {
            throw refused(field, InvalidNoticeSettingsException.Code.THRESHOLD_TOO_LARGE);
        }
        return amount;
    }

    private static InvalidNoticeSettingsException refused(String field, InvalidNoticeSettingsException.Code code) {
        return new InvalidNoticeSettingsException(new SettingsProblem(field, code));
    }
}
