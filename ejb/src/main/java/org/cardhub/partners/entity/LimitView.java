package org.cardhub.partners.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.limits.entity.SpendingLimit;

import java.util.List;

/**
 * A spending limit as a partner sees it: {@code value} is roubles for MONEY, litres for VOLUME and a
 * number of purchases for COUNT; {@code appliesTo} is CARD or CONTRACT.
 */
public record LimitView(String measure, String period, String value, List<String> categories, String appliesTo) {

    public static LimitView of(SpendingLimit limit) {
        String value = switch (limit.measure()) {
            case MONEY -> Amount.ofMinorUnits(limit.value(), Currency.RUB).toPlainString();
            case VOLUME -> Amount.ofMinorUnits(limit.value(), Currency.LITRE).toPlainString();
            case COUNT -> Long.toString(limit.value());
        };
        return new LimitView(limit.measure().name(), limit.period().name(), value,
                limit.categories().stream().sorted().toList(), limit.cardId() == null ? "CONTRACT" : "CARD");
    }
}
