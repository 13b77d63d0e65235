package org.cardhub.school.entity;

/**
 * A pupil of a class as the staff's pages list it: the card, the name, the school contract number, the category and,
 * for a free-meal beneficiary, the kind's code.
 */
public record PupilRow(long cardId, String name, String schoolNumber, String panMasked, long classId,
                       PupilCategory category, String benefitKind) {
}
