package org.cardhub.acquiring.boundary;

import org.cardhub.money.Amount;

import java.io.Serializable;

/** What a top-up of {@code amount} costs the payer before paying: the fee and the total charged to the bank card. */
public record TopUpQuote(Amount amount, Amount fee, Amount total) implements Serializable {
}
