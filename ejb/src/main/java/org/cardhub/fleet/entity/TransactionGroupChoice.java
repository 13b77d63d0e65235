package org.cardhub.fleet.entity;

import java.io.Serializable;

/** A card group the transactions may be narrowed to: one of the contract's groups the caller sees. */
public record TransactionGroupChoice(long id, String name) implements Serializable {
}
