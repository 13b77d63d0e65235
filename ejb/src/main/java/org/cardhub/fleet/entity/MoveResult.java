package org.cardhub.fleet.entity;

import org.cardhub.money.Amount;
import org.cardhub.payments.entity.Distribution;

import java.io.Serializable;

/**
 * What a move did: which way, to or from how many cards, how much in all, what the contract's account has available
 * after it; {@code repeated} when the request had been carried out before and this is its first answer again.
 */
public record MoveResult(Distribution.Direction direction, int cards, Amount total, Amount contractAvailable,
                         boolean repeated) implements Serializable {
}
