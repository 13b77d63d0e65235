package org.cardhub.schooloffice.entity;

import java.time.LocalDate;

/**
 * The canteen's sales (not taken back) to the cards of a class on a day, paid by the pupils or — {@code free} — from the
 * school's meal budget: how many and for how much. {@code classId} is null for cards in no class (the staff's).
 */
public record CanteenCount(LocalDate date, Long classId, boolean free, long sales, long amountMinor) {
}
