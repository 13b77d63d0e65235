package org.cardhub.payments.entity;

import org.cardhub.cards.entity.CardRef;
import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;
import org.cardhub.money.Currency;
import org.cardhub.money.InvalidAmountException;

import java.time.Instant;
import java.util.Objects;

/**
 * Money set aside on one named purse of a card for something bought ahead, such as a school meal ordered for a later
 * day: held until the sale is {@linkplain org.cardhub.payments.boundary.Payments#settle settled}, released, or until
 * {@code expiresAt}. The hold is dated at {@code saleAt}, the moment of the sale it pays for, so the card's limits count
 * it on that day and not on the day it was ordered. {@code replaces} names an earlier reservation whose hold is released
 * in the same transaction (a changed order), or is null.
 */
public record Reservation(CardRef card, AccountPurpose purpose, Amount amount, String category, Instant saleAt,
                          Instant expiresAt, OperationKey replaces) {

    public Reservation {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(saleAt, "saleAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (purpose == AccountPurpose.SYSTEM) {
            throw new InvalidOperationException(InvalidOperationException.Code.PURSE_UNKNOWN, "System accounts are not purses");
        }
        if (amount == null || amount.currency() != Currency.RUB || !amount.isPositive()) {
            throw new InvalidAmountException(InvalidAmountException.Code.AMOUNT_NOT_POSITIVE,
                    "A reservation holds a positive amount in roubles");
        }
        if (!expiresAt.isAfter(saleAt)) {
            throw new InvalidOperationException(InvalidOperationException.Code.RANGE_INVALID,
                    "A reservation must outlive the sale it pays for");
        }
    }

    public String fingerprint() {
        return "reserve|" + card.kind() + "|" + card.value() + "|" + purpose + "|" + amount.minorUnits() + "|" + category
                + "|" + saleAt + "|" + expiresAt + "|" + (replaces == null ? "" : replaces.scope() + "|" + replaces.key());
    }
}
