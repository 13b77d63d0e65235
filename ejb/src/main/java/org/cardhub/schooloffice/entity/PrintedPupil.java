package org.cardhub.schooloffice.entity;

/**
 * A line of the list a school hands out after an import: a new pupil's class, name, school contract number and the
 * activation code with which a parent links the child in the cabinet.
 */
public record PrintedPupil(String className, String fullName, String number, String activationCode) {

    @Override
    public String toString() {
        return "PrintedPupil[" + className + " " + fullName + " " + number + ", code hidden]";
    }
}
