package org.cardhub.schooloffice.entity;

import java.time.LocalDate;

/** How many pupils of a class came through the school's turnstiles on a day, and how many of them after lessons began. */
public record AttendanceCount(LocalDate date, long classId, long present, long late) {
}
