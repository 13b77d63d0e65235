package org.cardhub.school.entity;

/** A class as the staff's pages list it: its school, its name, its class teacher's name (or null) and its size. */
public record ClassRef(long id, long schoolId, String name, int grade, String teacherName, long pupils) {
}
