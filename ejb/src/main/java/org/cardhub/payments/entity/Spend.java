package org.cardhub.payments.entity;

import org.cardhub.cards.entity.CardRef;
import org.cardhub.ledger.entity.Amount;
import org.cardhub.ledger.entity.Currency;
import org.cardhub.ledger.entity.InvalidAmountException;

import java.time.Instant;
import java.util.Objects;

/**
 * A card spending money (and, for fuel, litres): what, where and when. The money is a positive rouble
 * amount; the volume is zero or positive litres.
 */
public record Spend(CardRef card, Amount amount, Amount volume, String productCode, String category, String station,
                    String region, Instant occurredAt) {

    public Spend {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(occurredAt, "occurredAt");
        requireIn(amount, Currency.RUB, "amount");
        if (!amount.isPositive()) {
            throw new InvalidAmountException(InvalidAmountException.Code.AMOUNT_NOT_POSITIVE, "The amount must be positive");
        }
        volume = volume == null ? Amount.zero(Currency.LITRE) : volume;
        requireIn(volume, Currency.LITRE, "volume");
        if (volume.isNegative()) {
            throw new InvalidAmountException(InvalidAmountException.Code.AMOUNT_NOT_POSITIVE, "The volume cannot be negative");
        }
    }

    private static void requireIn(Amount value, Currency currency, String what) {
        if (value == null || value.currency() != currency) {
            throw new InvalidAmountException(InvalidAmountException.Code.CURRENCY_MISMATCH,
                    "The " + what + " must be given in " + currency);
        }
    }

    public String fingerprint() {
        return "spend|" + card.kind() + "|" + card.value() + "|" + amount.minorUnits() + "|" + volume.minorUnits() + "|"
                + productCode + "|" + category + "|" + station + "|" + region;
    }
}
