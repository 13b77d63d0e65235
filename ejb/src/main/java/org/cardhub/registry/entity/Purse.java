package org.cardhub.registry.entity;

import org.cardhub.ledger.entity.AccountPurpose;
import org.cardhub.money.Amount;

/** An account of a contract or a card as the back office reads it: what for, its balance, what is held on it. */
public record Purse(long accountId, AccountPurpose purpose, Amount balance, Amount held, Amount available) {
}
