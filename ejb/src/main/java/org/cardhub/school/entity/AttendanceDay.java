package org.cardhub.school.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One pupil's day in the register: the status, the first entry and the last exit on the school's clock (to the
 * minute; null when there was none), and whether the pupil left before lessons ended.
 */
public record AttendanceDay(LocalDate date, AttendanceStatus status, LocalTime firstEntry, LocalTime lastExit,
                            boolean leftEarly) implements Serializable {

    public AttendanceDay {
        Objects.requireNonNull(date);
        Objects.requireNonNull(status);
    }
}
