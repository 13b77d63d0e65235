package org.cardhub.schooloffice.entity;

import org.cardhub.school.entity.PupilCategory;
import org.cardhub.school.entity.SchoolClass.ClassName;

/**
 * A row of a file of pupils that keeps the rules: the full name as the card will carry it, the class (none for a member
 * of staff the file puts in none), the contract number or null to allocate one, the category and, for a free-meal
 * beneficiary, the kind's code.
 */
public record ListedPupil(int line, String fullName, ClassName className, String number, PupilCategory category,
                          String benefitCode) {

    public boolean isStaff() {
        return category == PupilCategory.STAFF;
    }

    /** How the name is compared with the school's cards: case and «ё» aside. */
    public String nameKey() {
        return PupilColumn.normal(fullName);
    }

    public String classText() {
        return className == null ? "" : className.text();
    }
}
