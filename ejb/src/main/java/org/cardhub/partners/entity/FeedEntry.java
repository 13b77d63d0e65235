package org.cardhub.partners.entity;

import java.time.Instant;

/**
 * One movement in a contract's or card's feed. {@code amount} (roubles) and {@code volume} (litres) are
 * the net change to the subject's purses: negative for spending, positive for top-ups and refunds.
 */
public record FeedEntry(long id, Instant bookedAt, String kind, String amount, String volume, Long cardId,
                        String maskedCard, String product, String category, String station, String description,
                        Long reversesEntryId) {
}
