package org.cardhub.cards.entity;

/**
 * A card changed its status from {@code previous} to what {@code card} holds now (issued, activated, blocked,
 * unblocked, closed), within the change's transaction. Components above cards tell others of it (the partners'
 * webhooks) without cards knowing them.
 */
public record CardStatusChanged(Card card, CardStatus previous) {
}
