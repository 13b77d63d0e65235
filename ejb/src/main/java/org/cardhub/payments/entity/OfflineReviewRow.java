package org.cardhub.payments.entity;

/** An offline review with the masked number of its card (none when the card was unknown). */
public record OfflineReviewRow(OfflineReview review, String cardMasked) {
}
