package org.cardhub.cards.entity;

/**
 * A card was reissued: {@code from} is replaced by {@code to}, within the reissue's transaction. Components above
 * cards carry their part over (limits and restrictions) without cards knowing them.
 */
public record CardReissued(Card from, Card to) {
}
