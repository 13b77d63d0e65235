package org.cardhub.bonus.entity;

import org.cardhub.money.Amount;

import java.time.LocalDate;

/**
 * What recording a check did: the points it earned (pending until {@code spendableFrom}, gone on {@code expiresOn};
 * both null when it earned none) and the points that paid for it, on the book's day {@code bookedOn}.
 * {@code replayed} says the check had been recorded before and this is that answer again.
 */
public record CheckOutcome(String purchaseId, String card, LocalDate bookedOn, Amount earned, Amount spent,
                           LocalDate spendableFrom, LocalDate expiresOn, boolean replayed) {
}
