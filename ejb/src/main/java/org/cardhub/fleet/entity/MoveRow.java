package org.cardhub.fleet.entity;

import org.cardhub.money.Amount;

import java.io.Serializable;
import java.time.Instant;

/**
 * One move between a contract's account and one of its cards, as its history lists it: when, who (their user id, and
 * their email when they are one of the company's people), which way, which card, how much and why.
 *
 * @param toCard true from the contract's account onto the card, false from the card back onto the account
 */
public record MoveRow(long entryId, Instant at, String actor, String actorEmail, boolean toCard, long cardId,
                      String panMasked, String holder, Amount amount, String reason) implements Serializable {
}
