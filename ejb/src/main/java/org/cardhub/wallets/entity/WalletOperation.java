package org.cardhub.wallets.entity;

import org.cardhub.ledger.entity.EntryKind;

import java.io.Serializable;
import java.time.Instant;

/**
 * One movement of a wallet's balance as its holder's statement lists it: when, what kind, by which card (masked, if
 * any), and how much in (positive) or out (negative), in kopecks; {@code reversed} when it was taken back later.
 */
public record WalletOperation(long entryId, Instant at, EntryKind kind, String cardMasked, long amountMinor,
                              boolean reversed) implements Serializable {
}
