package org.cardhub.schooloffice.entity;

import org.cardhub.school.entity.PupilCategory;

/**
 * A pupil as the classes page lists them: the card, the name, the school contract number, the masked card number, the
 * class (or none), the category and, for a free-meal beneficiary, the kind's names in both languages.
 */
public record ClassPupil(long cardId, String fullName, String number, String panMasked, String className,
                         PupilCategory category, String benefitRu, String benefitEn) {
}
