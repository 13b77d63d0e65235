package org.cardhub.fleet.entity;

import org.cardhub.money.Amount;
import org.cardhub.money.Currency;

import java.io.Serializable;

/**
 * What a filtered set of transactions adds up to: how many there are, what was spent on fuel and goods in money and
 * in litres (purchases less their reversals), and what was paid in (top-ups less theirs). Transfers, corrections and
 * reissues move money inside the contract and are counted but not summed.
 */
public record TransactionTotals(long count, Amount spent, Amount litres, Amount toppedUp) implements Serializable {

    public static final TransactionTotals NONE = new TransactionTotals(0, Amount.zero(Currency.RUB),
            Amount.zero(Currency.LITRE), Amount.zero(Currency.RUB));
}
