package org.cardhub.cards.boundary;

import org.cardhub.cards.entity.CardOrderLine;
import org.cardhub.cards.entity.CardStatus;

/**
 * One card of an order: its line (holder data) and, once made, the card's id, masked number and status, and whether
 * it may be activated now (issued, and its order delivered).
 */
public record OrderedCard(CardOrderLine line, Long cardId, String panMasked, CardStatus status, boolean activatable) {
}
