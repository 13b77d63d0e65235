package org.cardhub.wallets.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.Instant;

/** A wallet closed on its holder's request: when, and what was paid out to which card (masked), if anything. */
public record ClosedWallet(String number, Instant closedAt, Amount paidOut, String payoutCard) implements Serializable {
}
