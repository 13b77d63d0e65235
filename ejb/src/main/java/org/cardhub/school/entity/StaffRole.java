package org.cardhub.school.entity;

/** What a member of a school's staff does there: leads the school, leads classes, or keeps the school's lists. */
public enum StaffRole {
    DIRECTOR,
    TEACHER,
    ADMINISTRATOR
}
