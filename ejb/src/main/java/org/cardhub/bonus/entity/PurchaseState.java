package org.cardhub.bonus.entity;

/**
 * What a book knows of one purchase, as kept: whether it earned (and its lot's id, if it earned any points) and
 * whether it was returned. Whether points paid for it is in the book's movements.
 */
public record PurchaseState(String purchaseId, boolean earned, Long lotId, boolean returned) {
}
